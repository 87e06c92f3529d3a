/**
 * Stands in for react-markdown and remark-gfm, which @refinedev/antd imports for its
 * MarkdownField. The panel never renders Markdown, yet those packages' module code survives
 * tree-shaking and added ~30 KB gzip to the first load. Remove the aliases in vite.config.ts
 * before using MarkdownField.
 */
const renderNothing = (): null => null;

export default renderNothing;
