// Files in and out of an extension page, shared by the popup and the options page.

/** Hands a text to the user as a file: a Blob URL and an <a download>, no permission needed. */
export function downloadText(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later: Chrome may still be reading the Blob when click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The text of the file the user picked, and the input cleared so the same file can be picked again. */
export async function takePickedFile(input: HTMLInputElement): Promise<{ name: string; text: string } | null> {
  const file = input.files?.[0];
  if (!file) return null;
  const text = await file.text();
  input.value = "";
  return { name: file.name, text };
}
