/** Vite's `?inline` CSS import: the stylesheet as a string, injected into the widget's shadow root. */
declare module '*.css?inline' {
  const css: string;
  export default css;
}
