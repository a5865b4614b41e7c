/** 从收到的任务书新建: the 任务书 workbook read here (never opened in Excel), its targets the new plan's. */
import { planFromTaskbook, type Plan } from '../../core';
import type { Locale } from '../../locales';
import { readReceived } from '../../usecases/received';

export const receivedPlan = async (
  file: File,
  spec: { units: string[]; issuer?: string; title?: string },
  planId: string,
  locale: Locale = 'zh-CN',
): Promise<Plan> =>
  planFromTaskbook(
    readReceived(new Uint8Array(await file.arrayBuffer()), file.name, locale).record,
    spec,
    planId,
  );
