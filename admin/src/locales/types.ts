/** A nested tree of UI strings; leaves may contain {{name}} placeholders. */
export interface MessageTree {
  [key: string]: string | MessageTree;
}

/** The same keys as the English tree, so a missing Chinese string fails type checking. */
export type MessagesLike<T> = { [K in keyof T]: T[K] extends string ? string : MessagesLike<T[K]> };
