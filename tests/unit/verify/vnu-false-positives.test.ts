import { describe, expect, it } from 'vitest';
import { VNU_FALSE_POSITIVES } from '../../../scripts/verify/vnu-gate.ts';

const known = (message: string) => VNU_FALSE_POSITIVES.some((f) => f.pattern.test(message));

describe("vnu's known false positives", () => {
  it('pass container queries, as properties and as the at-rule', () => {
    expect(known('CSS: “container-type”: Property “container-type” doesn\'t exist.')).toBe(true);
    expect(known('CSS: Unrecognized at-rule “@container”')).toBe(true);
    expect(known('CSS: Unrecognized at-rule “@container”.')).toBe(true);
  });

  it('still fail every other CSS error and other at-rules', () => {
    expect(known('CSS: Unrecognized at-rule “@contain”')).toBe(false);
    expect(known('CSS: Unrecognized at-rule “@container-ish”')).toBe(false);
    expect(known('CSS: “colour”: Property “colour” doesn\'t exist.')).toBe(false);
    expect(known('Element “style” not allowed as child of element “body” in this context.')).toBe(false);
  });
});
