// The page's language, chosen once in App and read by every component through `useT()`.
import { createContext } from "preact";
import { useContext } from "preact/hooks";
import { t, type Lang } from "../../lib/i18n/t";

export const LangContext = createContext<Lang>("nl");

export type Translate = (key: string, ...subs: Array<string | number>) => string;

export function useT(): Translate {
  const lang = useContext(LangContext);
  return (key, ...subs) => t(lang, key, ...subs);
}

export function useLang(): Lang {
  return useContext(LangContext);
}
