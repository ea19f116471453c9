// The widget's style sheet, adopted by its shadow root (a constructed sheet: no <style> element, so a page whose
// Content-Security-Policy forbids inline styles accepts it). Every colour and size can be set by the page through the
// custom properties below; the parts (::part(...)) reach the elements themselves.
export const css = `
:host {
  --_text: var(--stage-color-text, #161616);
  --_muted: var(--stage-color-muted, #3a3a3a);
  --_primary: var(--stage-color-primary, #000091);
  --_on-primary: var(--stage-color-on-primary, #fff);
  --_background: var(--stage-color-background, #fff);
  --_surface: var(--stage-color-surface, #f6f6f6);
  --_border: var(--stage-color-border, #666);
  --_error: var(--stage-color-error, #ce0500);
  --_focus: var(--stage-focus-color, #0a76f6);
  --_radius: var(--stage-radius, 4px);
  --_gap: var(--stage-spacing, 1rem);
  display: block;
  container-type: inline-size;
  font-family: var(--stage-font-family, system-ui, -apple-system, "Segoe UI", Roboto, sans-serif);
  font-size: var(--stage-font-size, 1rem);
  line-height: 1.5;
  color: var(--_text);
  background: var(--_background);
}
:host([hidden]) { display: none; }
* { box-sizing: border-box; }
[hidden] { display: none !important; }
:focus-visible { outline: 3px solid var(--_focus); outline-offset: 2px; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
form { display: grid; gap: calc(var(--_gap) * .75); grid-template-columns: 1fr; padding: var(--_gap); background: var(--_surface); border-radius: var(--_radius); }
.field { display: flex; flex-direction: column; gap: .25rem; min-width: 0; position: relative; }
label { font-weight: 600; }
input, select, button { font: inherit; color: inherit; }
input, select { width: 100%; min-height: 2.5rem; padding: .375rem .5rem; border: 1px solid var(--_border); border-radius: var(--_radius); background: var(--_background); }
button { min-height: 2.5rem; padding: .375rem 1rem; border-radius: var(--_radius); border: 1px solid var(--_primary); background: var(--_background); color: var(--_primary); cursor: pointer; }
button.primary { background: var(--_primary); color: var(--_on-primary); font-weight: 600; }
.submit { align-self: end; }
[role="listbox"] { position: absolute; z-index: 10; top: 100%; left: 0; right: 0; margin: .125rem 0 0; padding: 0; list-style: none; background: var(--_background); border: 1px solid var(--_border); border-radius: var(--_radius); max-height: 18rem; overflow-y: auto; }
[role="option"] { padding: .5rem; cursor: pointer; }
[role="option"][aria-selected="true"] { background: var(--_primary); color: var(--_on-primary); }
.status { margin: .75rem 0; font-weight: 600; }
.error { margin: .75rem 0; padding: .75rem; border-left: 4px solid var(--_error); background: var(--_surface); color: var(--_text); display: flex; flex-wrap: wrap; gap: .5rem; align-items: center; }
.body { display: grid; gap: var(--_gap); grid-template-columns: 1fr; }
h2 { font-size: 1.125rem; margin: 0 0 .5rem; }
h3 { font-size: 1.0625rem; margin: 0 0 .25rem; }
.facets ul, .list { list-style: none; margin: 0; padding: 0; }
.facets section { margin: .5rem 0 var(--_gap); }
summary { cursor: pointer; font-weight: 600; min-height: 2.5rem; padding: .5rem 0; }
.facets ul { display: flex; flex-wrap: wrap; gap: .375rem; }
.facets button { min-height: 2.25rem; padding: .25rem .625rem; font-size: .9375rem; }
.facets button[aria-pressed="true"] { background: var(--_primary); color: var(--_on-primary); }
.list { display: grid; gap: .75rem; }
.offer { padding: .75rem 1rem; border: 1px solid var(--_border); border-radius: var(--_radius); background: var(--_background); }
.offer p { margin: .125rem 0; }
.offer a { color: var(--_primary); }
.offer .muted { color: var(--_muted); }
.seats { font-weight: 600; }
.seats.full { color: var(--_error); }
.live { font-size: .875rem; color: var(--_muted); margin: 0 0 .5rem; }
.more { margin-top: var(--_gap); display: flex; flex-wrap: wrap; gap: .75rem; align-items: center; }
@container (min-width: 40rem) {
  form { grid-template-columns: repeat(3, minmax(0, 1fr)); }
}
@container (min-width: 60rem) {
  .body { grid-template-columns: 16rem minmax(0, 1fr); }
}
`;
