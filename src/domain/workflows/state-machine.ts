import { AppError } from '../app-error.ts';

/**
 * A workflow as data: every legal transition in one table, from a state by an action to a state. Pure:
 * the services look up the transition here before they touch the store, and an action the table does not list for
 * the current state is refused with a Chinese message naming both.
 */
export interface Transition<State extends string, Action extends string> {
  from: State;
  action: Action;
  to: State;
}

export interface Workflow<State extends string, Action extends string> {
  /** The workflow's name as the user reads it (e.g. 自主申报). */
  label: string;
  stateLabels: Record<State, string>;
  actionLabels: Record<Action, string>;
  transitions: ReadonlyArray<Transition<State, Action>>;
}

/** The state an action leads to from `from`, or a PRECONDITION_FAILED error when the table has no such transition. */
export function nextState<State extends string, Action extends string>(
  workflow: Workflow<State, Action>,
  from: State,
  action: Action,
): State {
  const found = workflow.transitions.find((transition) => transition.from === from && transition.action === action);
  if (!found) {
    throw new AppError(
      'PRECONDITION_FAILED',
      `${workflow.label}当前状态为“${workflow.stateLabels[from]}”，不能执行“${workflow.actionLabels[action]}”`,
      {
        message: `illegal transition ${from} --${action}--> ?`,
      },
    );
  }
  return found.to;
}

/** The states from which an action is allowed (the `where state in (…)` of an optimistic update). */
export function statesAllowing<State extends string, Action extends string>(
  workflow: Workflow<State, Action>,
  action: Action,
): State[] {
  return workflow.transitions.filter((transition) => transition.action === action).map((transition) => transition.from);
}
