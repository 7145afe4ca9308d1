import { Fragment } from 'react'
import { potongSorotan } from '../kata-cari'

/**
 * `teks` with the searched words marked. The pieces are React text nodes and `<mark>` elements:
 * whatever a letter's perihal holds is shown as text, never parsed as HTML.
 */
export function Sorotan({ teks, kata }: { teks: string | null | undefined; kata: readonly string[] }) {
	if (!teks) return null
	return (
		<>
			{potongSorotan(teks, kata).map((p, i) => (p.sorot ? <mark key={i}>{p.teks}</mark> : <Fragment key={i}>{p.teks}</Fragment>))}
		</>
	)
}
