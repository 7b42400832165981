/**
 * The banner's stylesheet, inside its shadow root: no rule of the host page reaches it and none of
 * these reaches the host page. `:host` resets everything the host element could inherit or be given
 * (`all: initial`, and `!important` wins over the host page's own `!important` across the shadow
 * boundary). Sizes are in em of the reader's default font size, never rem, which the host sets.
 * `light-dark()` follows `color-scheme`: the reader's preference, or the theme the tag asks for.
 */
export const BANNER_CSS = `
:host{all:initial!important;display:block!important}
section{position:fixed;z-index:2147483647;inset-inline:.75em;max-width:40em;margin-inline:auto;box-sizing:border-box;display:flex;align-items:flex-start;gap:.5em;color-scheme:light dark;font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;line-height:1.4;color:#1f2328;color:light-dark(#1f2328,#e6edf3)}
.top{top:.75em}
.bottom{bottom:.75em}
.inline{position:static;max-width:none}
.light{color-scheme:light}
.dark{color-scheme:dark}
.on{background:#fff;background:light-dark(#fff,#161b22);border:1px solid light-dark(#d0d7de,#3d444d);border-radius:.5em;padding:.75em 1em;box-shadow:0 .25em 1em #0003}
.inline.on{box-shadow:none}
div{flex:1}
ul{margin:0;padding:0;list-style:none}
li{border-inline-start:.25em solid #bc4c00;padding-inline-start:.6em}
li+li{margin-top:.5em}
.maintenance{border-color:#0969da}
a{color:light-dark(#0550ae,#4493f8);font-weight:600;text-decoration:underline}
span{display:block;font-size:.9em;color:light-dark(#59636e,#9198a1)}
button{all:unset;display:inline-grid;place-items:center;min-width:1.75em;min-height:1.75em;border-radius:.25em;cursor:pointer;font-size:1.25em;line-height:1;color:inherit}
button:hover{background:light-dark(#eaeef2,#30363d)}
a:focus-visible,button:focus-visible{outline:2px solid currentColor;outline-offset:2px}
[hidden]{display:none!important}
`;
