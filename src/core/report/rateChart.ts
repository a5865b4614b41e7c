import type { Consolidation } from './summary';

/** The words of the chart (from the locale files, by the caller). */
export interface RateChartLabels {
  title: string;
  /** 序时进度 {progress}%: the dashed line every bar is read against. */
  progress: string;
  /** Where indicators run on different clocks (a count read since 2017): {indicators}序时进度{progress}%. */
  progressFor?: string;
}

export interface RateChart {
  svg: string;
  /** In CSS pixels (96 per inch): the image is placed at this size. */
  width: number;
  height: number;
}

const COLOURS = ['#4472C4', '#ED7D31', '#A5A5A5', '#FFC000', '#5B9BD5', '#70AD47'];
const FONT =
  "'Microsoft YaHei', SimHei, 'Noto Sans CJK SC', 'Source Han Sans SC', 'WenQuanYi Micro Hei', sans-serif";
const WIDTH = 590;
const TOP = 56;
const LEFT = 112;
const RIGHT = 48;
const BAR = 12;
const GAP = 8;

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** 0, 20, 40 … up to the first step at or above the largest rate (100 at least). */
const ticksUpTo = (max: number): number[] => {
  const top = Math.max(100, max);
  const step = top <= 100 ? 20 : top <= 200 ? 50 : Math.ceil(top / 5 / 100) * 100;
  const ticks: number[] = [];
  for (let t = 0; t < top + step; t += step) ticks.push(t);
  return ticks;
};

/**
 * 各单位完成率 as a picture for the 通报: a bar per unit and indicator, every unit named, as tall as its units
 * need, the value at each bar's end and the 序时进度 as a dashed line. Drawn here as SVG; each host turns it
 * into the PNG a document carries beside it.
 */
export const rateChart = (
  c: Consolidation,
  labels: RateChartLabels,
  part: { from: number; to: number } = { from: 0, to: c.units.length },
): RateChart => {
  const units = c.units.slice(part.from, part.to);
  const series = c.targets.map((t, k) => ({
    name: t.indicator,
    colour: COLOURS[k % COLOURS.length],
    rates: units.map((u) => u.standings[k]?.rate ?? null),
  }));
  const group = series.length * BAR + GAP;
  const legend = series.length > 1 ? 22 : 0;
  const plotTop = TOP + legend;
  // 序时进度 as each indicator runs it: one line for all, or one per clock (a count read since its period began).
  const clocks = [
    ...new Set(c.city.map((s) => s.progress).filter((p): p is number => p !== undefined && p > 0)),
  ]
    .sort((a, b) => a - b)
    .map((progress) => ({
      progress,
      names: c.targets.filter((_, k) => c.city[k]?.progress === progress).map((t) => t.indicator),
    }));
  const height = plotTop + units.length * group + 52 + 14 * Math.max(0, clocks.length - 1);
  // One scale on every part: the same rate is the same length on each page.
  const all = c.units.flatMap((u) => u.standings.map((s) => s.rate ?? 0));
  const ticks = ticksUpTo(Math.max(0, ...all));
  const top = ticks[ticks.length - 1];
  const plotWidth = WIDTH - LEFT - RIGHT;
  const x = (rate: number) => LEFT + (Math.max(0, rate) / top) * plotWidth;
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" font-family="${escape(FONT)}">`,
    `<rect width="${WIDTH}" height="${height}" fill="#FFFFFF"/>`,
    `<text x="${WIDTH / 2}" y="28" font-size="16" font-weight="bold" text-anchor="middle" fill="#000000">${escape(labels.title)}</text>`,
  ];
  if (legend)
    series.forEach((s, k) => {
      const lx = LEFT + k * 150;
      parts.push(
        `<rect x="${lx}" y="${TOP - 6}" width="12" height="12" fill="${s.colour}"/>`,
        `<text x="${lx + 18}" y="${TOP + 4}" font-size="12" fill="#000000">${escape(s.name)}</text>`,
      );
    });
  const bottom = plotTop + units.length * group;
  for (const t of ticks)
    parts.push(
      `<line x1="${x(t)}" y1="${plotTop}" x2="${x(t)}" y2="${bottom}" stroke="#D9D9D9" stroke-width="1"/>`,
      `<text x="${x(t)}" y="${bottom + 16}" font-size="11" text-anchor="middle" fill="#595959">${t}</text>`,
    );
  units.forEach((u, i) => {
    const y = plotTop + i * group + GAP / 2;
    parts.push(
      `<text x="${LEFT - 8}" y="${y + (series.length * BAR) / 2 + 4}" font-size="12" text-anchor="end" fill="#000000">${escape(u.name)}</text>`,
    );
    series.forEach((s, k) => {
      const rate = s.rates[i];
      if (rate === null) return;
      const by = y + k * BAR;
      parts.push(
        `<rect x="${LEFT}" y="${by + 1}" width="${Math.max(0.5, x(rate) - LEFT)}" height="${BAR - 2}" fill="${s.colour}"/>`,
        `<text x="${x(rate) + 4}" y="${by + BAR - 2}" font-size="10" fill="#000000">${rate}</text>`,
      );
    });
  });
  parts.push(
    `<line x1="${LEFT}" y1="${plotTop}" x2="${LEFT}" y2="${bottom}" stroke="#595959" stroke-width="1"/>`,
  );
  clocks.forEach(({ progress, names }, k) => {
    const words =
      clocks.length > 1
        ? (labels.progressFor ?? '{indicators} {progress}%')
            .replace('{indicators}', names.join('、'))
            .replace('{progress}', String(progress))
        : labels.progress.replace('{progress}', String(progress));
    const y = bottom + 32 + 14 * k;
    parts.push(
      `<line x1="${x(progress)}" y1="${plotTop}" x2="${x(progress)}" y2="${y - 12}" stroke="#C00000" stroke-width="1.5" stroke-dasharray="5 3"/>`,
      `<text x="${x(progress)}" y="${y}" font-size="11" text-anchor="${clocks.length === 1 ? 'middle' : x(progress) > WIDTH / 2 ? 'end' : 'start'}" fill="#C00000">${escape(words)}</text>`,
    );
  });
  parts.push('</svg>');
  return { svg: parts.join(''), width: WIDTH, height };
};

/** The chart in parts that each fit a page's 版心 (225 mm, about 850 px), the units shared out evenly. */
export const rateCharts = (c: Consolidation, labels: RateChartLabels, pageHeight = 820): RateChart[] => {
  const group = c.targets.length * BAR + GAP;
  const room = pageHeight - TOP - (c.targets.length > 1 ? 22 : 0) - 52;
  const perPage = Math.max(1, Math.floor(room / group));
  const parts = Math.max(1, Math.ceil(c.units.length / perPage));
  const size = Math.ceil(c.units.length / parts);
  return Array.from({ length: parts }, (_, k) =>
    rateChart(c, labels, { from: k * size, to: Math.min(c.units.length, (k + 1) * size) }),
  );
};
