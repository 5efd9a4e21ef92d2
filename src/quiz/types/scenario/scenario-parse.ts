import { choiceId, type AuthoredElement, type AuthoringIssue, type ParseResult } from '../../authored';
import { checkAttrs, flag, int, str, type AttrRules } from '../../authored-attrs';
import { bestPathPoints } from './scenario-paths';
import type { ScenarioOptionSpec, ScenarioSpec, ScenarioStepSpec } from './scenario-spec';

const scenarioAttrs: AttrRules = {
  id: { kind: 'string', required: true },
  title: { kind: 'string' },
};
const stepAttrs: AttrRules = {
  id: { kind: 'string', required: true },
  end: { kind: 'boolean' },
};
const optionAttrs: AttrRules = {
  goto: { kind: 'string', required: true },
  points: { kind: 'integer', required: true },
  feedback: { kind: 'string' },
};

interface AuthoredStep {
  spec: ScenarioStepSpec;
  el: AuthoredElement;
  /** The <Option> elements, by the same position as spec.options. */
  options: AuthoredElement[];
}

function parseStep(el: AuthoredElement, issues: AuthoringIssue[]): AuthoredStep {
  issues.push(...checkAttrs(el, stepAttrs));
  const id = str(el, 'id') ?? '';
  const options: ScenarioOptionSpec[] = [];
  const optionEls: AuthoredElement[] = [];
  for (const child of el.children) {
    if (child.name !== 'Option') {
      issues.push({
        position: child.position,
        message: `<${child.name}> cannot be used inside <Step>: a step holds its text and the <Option> replies the learner can choose.`,
      });
      continue;
    }
    issues.push(...checkAttrs(child, optionAttrs));
    if (!child.text.trim()) {
      issues.push({ position: child.position, message: '<Option> is empty: write the reply between <Option> and </Option>.' });
    }
    const feedback = str(child, 'feedback');
    options.push({
      id: choiceId(options.length),
      label: child.text.trim() || '(empty)',
      goto: str(child, 'goto') ?? '',
      points: int(child, 'points') ?? 0,
      ...(feedback ? { feedback } : {}),
    });
    optionEls.push(child);
  }
  const end = flag(el, 'end');
  if (!el.text.trim()) {
    issues.push({
      position: el.position,
      message: `<Step id="${id}"> has no text: write what the customer says or what happens at this step.`,
    });
  }
  if (end && options.length > 0) {
    issues.push({
      position: el.position,
      message: `<Step id="${id}"> is an end step but holds <Option> replies: an end step closes the conversation. Remove end to let the conversation go on, or remove its options.`,
    });
  } else if (!end && options.length === 0) {
    issues.push({
      position: el.position,
      message: `<Step id="${id}"> has no <Option> and is not an end step, so a path stops here without an end: add <Option goto="..." points={…}> replies, or mark it as an end: <Step id="${id}" end>.`,
    });
  }
  return { spec: { id, text: el.text.trim(), end, options }, el, options: optionEls };
}

/**
 * Graph rules, on steps whose own shape is fine: every goto names a step, every
 * step is reachable from the first, and no path comes back to a step it passed.
 * Reachability is only judged once every goto resolves, so a misspelt goto is
 * reported once rather than also as the step it meant being unreachable.
 */
function checkGraph(steps: readonly AuthoredStep[], issues: AuthoringIssue[]): void {
  const byId = new Map<string, AuthoredStep>();
  for (const step of steps) if (step.spec.id && !byId.has(step.spec.id)) byId.set(step.spec.id, step);
  const known = [...byId.keys()];

  // Set inside the callbacks below, which narrowing does not follow.
  let unknownGoto = false as boolean;
  for (const step of steps) {
    step.spec.options.forEach((option, i) => {
      if (!option.goto || byId.has(option.goto)) return;
      unknownGoto = true;
      issues.push({
        position: step.options[i]!.position,
        message: `<Option goto="${option.goto}"> names no step of this scenario: use one of its step ids (${known.join(', ')}), or add a <Step id="${option.goto}">.`,
      });
    });
  }

  // Depth-first from the first step, then from any step not yet seen; an edge back to a step on the current path is a loop.
  const state = new Map<string, 'open' | 'done'>();
  const trail: string[] = [];
  const visit = (step: AuthoredStep) => {
    state.set(step.spec.id, 'open');
    trail.push(step.spec.id);
    step.spec.options.forEach((option, i) => {
      const target = byId.get(option.goto);
      if (!target) return;
      const seen = state.get(target.spec.id);
      if (seen === 'open') {
        const loop = [...trail.slice(trail.indexOf(target.spec.id)), target.spec.id].join(' → ');
        issues.push({
          position: step.options[i]!.position,
          message: `<Option goto="${option.goto}"> leads back to an earlier step of the same path (${loop}), so the conversation could go round forever: point it at a later step or at an end step.`,
        });
      } else if (seen === undefined) visit(target);
    });
    trail.pop();
    state.set(step.spec.id, 'done');
  };
  const first = steps[0];
  if (first && byId.get(first.spec.id) === first) visit(first);
  const reachable = new Set(state.keys());
  for (const step of byId.values()) if (!state.has(step.spec.id)) visit(step);

  if (unknownGoto || !first?.spec.id) return;
  for (const step of byId.values()) {
    if (reachable.has(step.spec.id)) continue;
    issues.push({
      position: step.el.position,
      message: `<Step id="${step.spec.id}"> can never be reached: no <Option> on a path from the first step ("${first.spec.id}") leads to it. Add an <Option goto="${step.spec.id}"> to an earlier step, or remove this step.`,
    });
  }
}

/**
 * A branching conversation: <Step> children (the first is the start), each
 * with <Option> replies that lead to another step, until an end step.
 */
export function parseScenario(el: AuthoredElement): ParseResult<ScenarioSpec> {
  const issues: AuthoringIssue[] = checkAttrs(el, scenarioAttrs);
  const steps: AuthoredStep[] = [];
  let explanation: string | undefined;
  for (const child of el.children) {
    if (child.name === 'Step') steps.push(parseStep(child, issues));
    else if (child.name === 'Explanation') {
      if (explanation !== undefined) {
        issues.push({ position: child.position, message: '<Scenario> has more than one <Explanation>: keep one.' });
      }
      explanation = child.text.trim();
    } else if (child.name === 'Option') {
      issues.push({ position: child.position, message: '<Option> belongs inside a <Step>: move it into the step whose question it answers.' });
    } else {
      issues.push({
        position: child.position,
        message: `<${child.name}> cannot be used inside <Scenario>: it takes <Step> children and one <Explanation>.`,
      });
    }
  }
  if (steps.length === 0) {
    issues.push({
      position: el.position,
      message: '<Scenario> has no <Step>: add a first <Step id="start"> with <Option> replies, and the end steps they lead to, marked end.',
    });
  }

  const firstLine = new Map<string, number>();
  for (const step of steps) {
    const { id } = step.spec;
    if (!id) continue;
    const line = firstLine.get(id);
    if (line === undefined) firstLine.set(id, step.el.position.line);
    else {
      issues.push({
        position: step.el.position,
        message: `<Step id="${id}"> is already used on line ${line} of this scenario: give every step its own id, and point each goto at the one you mean.`,
      });
    }
  }
  checkGraph(steps, issues);
  if (issues.length) return { ok: false, issues };

  const stepSpecs = steps.map((s) => s.spec);
  const bestPoints = bestPathPoints(stepSpecs);
  if (bestPoints < 1) {
    return {
      ok: false,
      issues: [
        {
          position: el.position,
          message: '<Scenario> has no points to earn: the score is the points gathered over the best path\'s points, so give points={1} or more to the replies on the best path.',
        },
      ],
    };
  }
  const title = str(el, 'title');
  return {
    ok: true,
    spec: {
      type: 'scenario',
      id: String(el.attrs.id),
      ...(title ? { title } : {}),
      steps: stepSpecs,
      bestPoints,
      ...(explanation ? { explanation } : {}),
    },
  };
}
