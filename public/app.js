// Progressive enhancement only: every page works without this script.
// Moves focus to an error summary after a failed form post, so screen readers announce it.
const summary = document.querySelector('[data-autofocus]');
if (summary instanceof HTMLElement) summary.focus();
