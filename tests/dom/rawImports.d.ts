// Fixture files read as text through Vite's ?raw imports (the dom tests have no Node types).
declare module '*.html?raw' {
  const text: string;
  export default text;
}
