import type { PeranBadge } from '../pengguna.server'

/** A user's roles as badges; those that come with the jabatan are grey and say so. */
export function PeranBadges({ peran }: { peran: PeranBadge[] }) {
	if (peran.length === 0) return <span className="muted">—</span>
	return (
		<>
			{peran.map((p) => (
				<span
					key={`${p.kode}-${p.sumber}`}
					className={p.sumber === 'langsung' ? 'badge' : 'badge badge-abu'}
					title={p.sumber === 'langsung' ? 'Diberikan langsung ke akun' : p.sumber === 'jabatan' ? 'Dari jabatan' : 'Dari penugasan Plt/Plh'}
				>
					{p.nama}
					{p.sumber === 'jabatan' ? ' (jabatan)' : p.sumber === 'plt' ? ' (Plt/Plh)' : null}
				</span>
			))}
		</>
	)
}
