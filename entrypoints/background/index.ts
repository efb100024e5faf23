export default defineBackground(() => {
  // listeners are wired in later steps
});
