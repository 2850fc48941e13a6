import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { api, call, onUnauthenticated, type Schemas } from '../api/client.ts';

export type CurrentUser = Schemas['Me'];

interface Session {
  /** The logged-in account; null for the anonymous public; undefined while the first check runs. */
  user: CurrentUser | null | undefined;
  /** Logs in; throws ApiError with the server's Chinese message (wrong password, account locked …). */
  logIn(username: string, password: string): Promise<CurrentUser>;
  logOut(): Promise<void>;
  /** Changes the own password (the server ends every other session and gives this browser a new one). */
  changePassword(currentPassword: string, newPassword: string): Promise<CurrentUser>;
  /** True when the session ended behind the user's back (expired): the login page says so. */
  hasExpired: boolean;
}

const SessionContext = createContext<Session | null>(null);

/** Who is logged in, asked once from /api/auth/me (the cookie is httpOnly: the page cannot read it itself). */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [user, setUser] = useState<CurrentUser | null | undefined>(undefined);
  const [hasExpired, setHasExpired] = useState(false);

  useEffect(() => {
    let isCurrent = true;
    api.GET('/api/auth/me').then(
      ({ data }) => isCurrent && setUser(data ?? null),
      () => isCurrent && setUser(null),
    );
    return () => {
      isCurrent = false;
    };
  }, []);

  useEffect(
    () =>
      onUnauthenticated(() => {
        setUser((current) => {
          if (current) setHasExpired(true);
          return null;
        });
      }),
    [],
  );

  const logIn = useCallback(async (username: string, password: string) => {
    await call(api.POST('/api/auth/login', { body: { username, password } }));
    const me = await call(api.GET('/api/auth/me'));
    setHasExpired(false);
    setUser(me);
    return me;
  }, []);

  const logOut = useCallback(async () => {
    await api.POST('/api/auth/logout').catch(() => undefined);
    setUser(null);
  }, []);

  const changePassword = useCallback(async (currentPassword: string, newPassword: string) => {
    await call(api.POST('/api/auth/password', { body: { currentPassword, newPassword } }));
    const me = await call(api.GET('/api/auth/me'));
    setUser(me);
    return me;
  }, []);

  const value = useMemo(
    () => ({ user, logIn, logOut, changePassword, hasExpired }),
    [user, logIn, logOut, changePassword, hasExpired],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}
