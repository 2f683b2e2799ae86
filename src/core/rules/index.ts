// The registry: every rule, in the stable order findings are listed in.
import { impossiblePercentage } from './impossible-percentage';
import { inconsistentFigure } from './inconsistent-figure';
import { malformedNumber } from './malformed-number';
import { nameVariant } from './name-variant';
import { percentageArithmetic } from './percentage-arithmetic';
import { rangeOrder } from './range-order';
import type { Rule } from './rule';
import { titleConflict } from './title-conflict';
import { unattributedFigure } from './unattributed-figure';
import { unintroducedName } from './unintroduced-name';
import { unknownSpeaker } from './unknown-speaker';
import { weekdayDate } from './weekday-date';

export const RULES: readonly Rule[] = [
  unattributedFigure,
  malformedNumber,
  inconsistentFigure,
  percentageArithmetic,
  rangeOrder,
  weekdayDate,
  impossiblePercentage,
  nameVariant,
  unintroducedName,
  titleConflict,
  unknownSpeaker,
];

export const RULES_BY_ID: ReadonlyMap<string, Rule> = new Map(RULES.map((r) => [r.id, r]));

export type { Rule } from './rule';
