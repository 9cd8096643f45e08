/** Builds mdast nodes that remark-rehype turns into a chosen HTML element (via data.hName). */
import type { PhrasingContent, RootContent } from 'mdast';
import type { Properties } from 'hast';

type Child = RootContent | PhrasingContent;

/** An mdast node rendered as `<tagName …properties>children</tagName>`. */
export function htmlElement(tagName: string, properties: Properties, children: Child[] = []): PhrasingContent {
  return {
    type: 'annotationElement',
    data: { hName: tagName, hProperties: properties },
    children,
  } as unknown as PhrasingContent;
}

export function text(value: string): PhrasingContent {
  return { type: 'text', value };
}

declare module 'mdast' {
  interface Data {
    hName?: string;
    hProperties?: Properties;
  }
}
