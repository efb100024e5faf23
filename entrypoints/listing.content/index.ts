export default defineContentScript({
  matches: ["*://*.kbenp.nl/*"],
  main() {},
});
