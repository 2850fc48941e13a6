/**
 * The one error type of the platform. `code` is a closed set; the server maps each code to an HTTP status
 * in one table. `message` is for developers and logs, `userMessage` is shown to users (zh-CN).
 */
export const ERROR_CODES = [
  'INVALID_INPUT', // the request or file is malformed
  'NOT_FOUND',
  'CONFLICT', // a concurrent change or a duplicate
  'FORBIDDEN',
  'UNAUTHENTICATED',
  'PRECONDITION_FAILED', // a workflow rule forbids the action now
  'INTERNAL',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly userMessage: string;
  readonly details?: unknown;

  constructor(
    code: ErrorCode,
    userMessage: string,
    options: { message?: string; details?: unknown; cause?: unknown } = {},
  ) {
    super(options.message ?? userMessage, { cause: options.cause });
    this.name = 'AppError';
    this.code = code;
    this.userMessage = userMessage;
    this.details = options.details;
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
