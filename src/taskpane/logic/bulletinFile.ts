/**
 * 生成通报 in the pane: the document `fenjie collect --bulletin` writes (src/usecases/documents.ts), its
 * 完成率 chart's PNG drawn by the browser's canvas.
 */
import type { Consolidation, Plan, RateChart } from '../../core';
import type { Messages } from '../../locales';
import { bulletinFile as documentOf, type DocumentWords } from '../../usecases/documents';

/** The SVG drawn on a canvas at twice its size, as PNG bytes. */
const pngOf = (chart: RateChart): Promise<Uint8Array> =>
  new Promise((resolve, reject) => {
    const image = new Image();
    const url = URL.createObjectURL(new Blob([chart.svg], { type: 'image/svg+xml' }));
    image.onload = () => {
      const canvas = document.createElement('canvas');
      canvas.width = chart.width * 2;
      canvas.height = chart.height * 2;
      const g = canvas.getContext('2d');
      if (!g) return reject(new Error('no 2d canvas'));
      g.scale(2, 2);
      g.drawImage(image, 0, 0, chart.width, chart.height);
      URL.revokeObjectURL(url);
      canvas.toBlob(
        (blob) =>
          blob
            ? void blob.arrayBuffer().then((b) => resolve(new Uint8Array(b)))
            : reject(new Error('no png')),
        'image/png',
      );
    };
    image.onerror = () => reject(new Error('svg not drawn'));
    image.src = url;
  });

export const bulletinFile = (
  plan: Plan,
  c: Consolidation,
  m: Messages,
  words: DocumentWords,
): Promise<{ name: string; bytes: Uint8Array }> => documentOf(plan, c, m, words, pngOf);
