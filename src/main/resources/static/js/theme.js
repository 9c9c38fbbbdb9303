// Follows the device's light or dark setting (Bootstrap colour modes). Runs before the page is drawn, so that a
// dark screen at night does not flash white.
document.documentElement.setAttribute('data-bs-theme',
    window.matchMedia && window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light');
