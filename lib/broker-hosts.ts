// The broker sites where the content script runs without asking (the manifest's host
// permissions). Any other site only after the user grants the optional permission.
export const brokerHostPatterns = [
  "*://*.bijoranje.nl/*",
  "*://*.kbenp.nl/*",
  "*://*.youngcapital.nl/*",
  "*://*.zuidprofs.nl/*",
  "*://*.striive.com/*",
  "*://*.flextender.nl/*",
  "*://*.freelance.nl/*",
  "*://*.werkzoeken.nl/*",
  "*://*.hoofdkraan.nl/*",
  "*://*.indeed.com/*",
  "*://*.indeed.nl/*",
  "*://*.linkedin.com/*",
];
