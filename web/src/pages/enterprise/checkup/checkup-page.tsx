import { useSession } from '../../../auth/session.tsx';
import { CreditCheckup } from '../../../components/credit-checkup.tsx';
import { TouchSized } from '../shared/touch-sized.tsx';

/** 信用体检 for the enterprise's own account: what would raise its score, and a what-if of chosen changes. */
export default function CheckupPage() {
  const { user } = useSession();
  return (
    <TouchSized>
      <CreditCheckup uscc={user?.uscc ?? ''} />
    </TouchSized>
  );
}
