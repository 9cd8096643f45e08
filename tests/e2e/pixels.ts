/** What the reader sees, read from a screenshot: the colours painted behind boxes of the page (a highlight is a background). */
import type { Page } from 'playwright-core';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Painted {
  /** The most frequent colour in the box, "r,g,b": behind a character, its background. */
  dominant: string;
  /** The share of the box's pixels in `colour` ("r,g,b"), 0 to 1. */
  share: number;
}

/** Screenshots the viewport once and reads each box's pixels in a blank page of the same context (a canvas needs no CSP there). */
export async function paintedIn(page: Page, boxes: Box[], colour = ''): Promise<Painted[]> {
  const png = (await page.screenshot()).toString('base64');
  const blank = await page.context().newPage();
  try {
    return await blank.evaluate(
      async ({ png, boxes, colour }) => {
        const image = new Image();
        image.src = `data:image/png;base64,${png}`;
        await image.decode();
        const canvas = document.createElement('canvas');
        canvas.width = image.width;
        canvas.height = image.height;
        const context = canvas.getContext('2d')!;
        context.drawImage(image, 0, 0);
        return boxes.map((box) => {
          const x = Math.max(0, Math.round(box.x));
          const y = Math.max(0, Math.round(box.y));
          const data = context.getImageData(x, y, Math.max(1, Math.round(box.width)), Math.max(1, Math.round(box.height))).data;
          const counts = new Map<string, number>();
          for (let i = 0; i < data.length; i += 4) {
            const key = `${data[i]},${data[i + 1]},${data[i + 2]}`;
            counts.set(key, (counts.get(key) ?? 0) + 1);
          }
          const dominant = [...counts].sort((a, b) => b[1] - a[1])[0]![0];
          return { dominant, share: (counts.get(colour) ?? 0) / (data.length / 4) };
        });
      },
      { png, boxes, colour },
    );
  } finally {
    await blank.close();
  }
}
