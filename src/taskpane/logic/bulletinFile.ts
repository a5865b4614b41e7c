/**
 * 生成通报 in the pane: the round just collected as the 通报 document, the same one `fenjie collect --bulletin`
 * writes; the 完成率 chart drawn as SVG by the core and turned into its PNG by the browser's canvas.
 */
import { monthsText, rateCharts, type Consolidation, type Plan, type RateChart } from '../../core';
import { bulletinDocument } from '../../docx/bulletinDocument';
import { fill, type Messages } from '../../locales';

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

export const bulletinFile = async (
  plan: Plan,
  c: Consolidation,
  m: Messages,
  /** 发文机关 (default the plan's 下达单位), 成文日期 (default today) and 主送 (default the plan's units). */
  words: { issuer?: string; date?: Date; to?: string } = {},
): Promise<{ name: string; bytes: Uint8Array }> => {
  const today = words.date ?? new Date();
  const charts = await Promise.all(
    rateCharts(c, {
      title: m.summary.chartTitle,
      progress: m.summary.chartProgress,
      progressFor: m.summary.chartProgressFor,
    }).map(async (chart) => ({
      ...chart,
      png: await pngOf(chart),
    })),
  );
  const d = m.bulletinDocument;
  const date = fill(d.date, { year: today.getFullYear(), month: today.getMonth() + 1, day: today.getDate() });
  const bytes = await bulletinDocument(
    words.issuer ? { ...plan, issuer: words.issuer } : plan,
    c,
    m.summary,
    { ...d, date },
    { charts, to: words.to },
  );
  return {
    name: fill(m.pane.collect.bulletinName, { year: c.year, months: monthsText(m.summary, c.month) }),
    bytes,
  };
};
