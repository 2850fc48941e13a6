import type { FormInstance } from 'antd';
import { useState } from 'react';
import { messageOf } from '../api/client.ts';

export interface Submission {
  /** Runs `send` while `isBusy` is set (for the OK button); a refusal from the server goes to `error`, in Chinese. */
  run: (send: () => Promise<void>) => Promise<void>;
  isBusy: boolean;
  /** What to show in the dialog, which stays open: the server's refusal, or what the dialog itself set. */
  error: string | undefined;
  setError: (error: string | undefined) => void;
}

/**
 * The submit of a dialog or a small form that calls the API: busy while the call runs, the refusal kept for the
 * dialog to show. What follows a success (a message, closing, reloading) is `send`'s to do.
 */
export function useSubmit(): Submission {
  const [error, setError] = useState<string>();
  const [isBusy, setIsBusy] = useState(false);
  const run = async (send: () => Promise<void>) => {
    setIsBusy(true);
    setError(undefined);
    try {
      await send();
    } catch (failure) {
      setError(messageOf(failure));
    } finally {
      setIsBusy(false);
    }
  };
  return { run, isBusy, error, setError };
}

/**
 * The submit of a dialog with an antd form: `submit` validates the form (the form shows what is missing), then runs
 * `send` with its values as `useSubmit` does.
 */
export function useFormSubmit<Values>(
  form: FormInstance<Values>,
  send: (values: Values) => Promise<void>,
): { submit: () => Promise<void>; isBusy: boolean; error: string | undefined } {
  const { run, isBusy, error } = useSubmit();
  const submit = async () => {
    const values = await form.validateFields();
    await run(() => send(values));
  };
  return { submit, isBusy, error };
}
