import { LABEL_STATUS_WAKTU } from '../tampilan'
import type { StatusWaktu } from '../waktu-standar'

const KELAS: Record<StatusWaktu, string> = { dalam: 'badge badge-hijau', hampir: 'badge', lewat: 'badge badge-merah' }
// the shared stylesheet has no amber badge; "nearly late" must still stand out from "on time"
const GAYA_HAMPIR = { background: '#fff4d6', color: '#7a5200' }

/** Where a task stands against its time standard; a task without a standard says so. */
export function BadgeWaktu({ status, adaStandar = true }: { status: StatusWaktu; adaStandar?: boolean }) {
	if (!adaStandar) return <span className="badge badge-abu">Tanpa standar waktu</span>
	return (
		<span className={KELAS[status]} style={status === 'hampir' ? GAYA_HAMPIR : undefined} data-status-waktu={status}>
			{LABEL_STATUS_WAKTU[status]}
		</span>
	)
}
