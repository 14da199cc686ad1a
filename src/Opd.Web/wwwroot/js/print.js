// Print buttons (the token slip): bound here because the Content-Security-Policy runs no inline handlers.
"use strict";
for (const button of document.querySelectorAll("[data-print]")) button.addEventListener("click", () => print());
