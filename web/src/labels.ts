/** How the pages name the API's enum values (the values themselves are the model's). */
import type { Assessment, Comparator } from '../../src/model/assessment';
import type { ProjectStage } from '../../src/model/stages';

export const STAGES: readonly { stage: ProjectStage; zh: string; en: string; color: string }[] = [
  { stage: 'PLANNING', zh: '谋划', en: 'Planning', color: '#b8c4d6' },
  { stage: 'SIGNED', zh: '签约', en: 'Signed', color: '#8fb3de' },
  { stage: 'STARTED', zh: '开工', en: 'Started', color: '#f0b45a' },
  { stage: 'BUILDING', zh: '在建', en: 'Building', color: '#e4572e' },
  { stage: 'COMPLETED', zh: '建成', en: 'Completed', color: '#2e9d5b' },
  { stage: 'OTHER', zh: '其他', en: 'Other', color: '#9aa3ad' },
];

export const ASSESSMENTS: readonly { assessment: Assessment; zh: string; en: string; color: string }[] = [
  { assessment: 'MET', zh: '完成', en: 'Met', color: '#2e9d5b' },
  { assessment: 'MET_FLOOR_ONLY', zh: '保底完成', en: 'Floor met', color: '#8cc265' },
  { assessment: 'MISSED', zh: '未完成', en: 'Missed', color: '#c0392b' },
  { assessment: 'NO_RESULT_REPORTED', zh: '未报告结果', en: 'No result', color: '#9aa3ad' },
  { assessment: 'NO_TARGET_SET', zh: '未设目标', en: 'No target', color: '#c9ced6' },
];

export const COMPARATORS: Record<Comparator, string> = {
  AT_LEAST: '≥',
  ABOUT: '≈',
  EXACTLY: '=',
  AT_MOST: '≤',
};

export function stageInfo(stage: string | null | undefined) {
  return STAGES.find((s) => s.stage === stage) ?? STAGES[STAGES.length - 1];
}

export function assessmentInfo(assessment: string) {
  return ASSESSMENTS.find((a) => a.assessment === assessment) ?? ASSESSMENTS[ASSESSMENTS.length - 1];
}

/** 7%, ≥ 400亿元: a value as a reader writes it. */
export function formatValue(value: number, unit: string | null, comparator?: string): string {
  const sign = comparator && comparator !== 'EXACTLY' ? `${COMPARATORS[comparator as Comparator] ?? ''} ` : '';
  return `${sign}${Number.isInteger(value) ? value : Number(value.toFixed(2))}${unit ?? ''}`;
}
