/** Whether the account must change its password before doing anything else: set by someone else, or expired. */
export function mustChangePassword(
  user: { must_change_password: boolean; password_expires_at: Date | string | null },
  now = Date.now(),
): boolean {
  return (
    user.must_change_password ||
    (user.password_expires_at !== null && new Date(user.password_expires_at).getTime() <= now)
  );
}
