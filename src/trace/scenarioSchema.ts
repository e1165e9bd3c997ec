/**
 * Validity bounds for a scenario in a trace file: each parameter's `file` bounds from its spec (params.ts),
 * wider than what a run accepts, since recorded programs describe measured values.
 */
import { z } from 'zod';
import { JITTER_KINDS, NUMERIC_PARAMS, type NumericParamKey, type NumericParamSpec } from './params';
import { STRATEGY_IDS } from './scenario';

const fileBounds = ({ unit, file }: NumericParamSpec) =>
  unit === 'ms' ? z.number().min(file.min).max(file.max) : z.number().int().min(file.min).max(file.max);

const numeric = Object.fromEntries(
  Object.values(NUMERIC_PARAMS).map((spec) => [spec.key, fileBounds(spec)]),
) as Record<NumericParamKey, z.ZodNumber>;

export const ParamsSchema = z.object({
  ...numeric,
  // Absent in files written before it was modelled: those runs spent no CPU per request.
  requestCpuMs: fileBounds(NUMERIC_PARAMS.requestCpuMs).default(0),
  jitterKind: z.enum(JITTER_KINDS as ['uniform', 'lognormal']),
});

export const ScenarioSchema = z.object({
  strategy: z.enum(STRATEGY_IDS),
  params: ParamsSchema,
  /** Any safe integer; the simulator reduces it to its RNG's state size. */
  seed: z.number().int(),
});
