import { labelDari, STATUS_BERKAS } from '~/modules/arsip/label'

const KELAS_STATUS: Record<string, string> = {
	aktif: 'badge badge-hijau',
	inaktif: 'badge',
	'usul-pindah': 'badge badge-kuning',
	'usul-musnah': 'badge badge-kuning',
	musnah: 'badge badge-abu',
	diserahkan: 'badge badge-abu',
}

/** A berkas's status as a coloured badge. */
export function BadgeStatusBerkas({ status }: { status: string }) {
	return <span className={KELAS_STATUS[status] ?? 'badge'}>{labelDari(STATUS_BERKAS, status)}</span>
}
