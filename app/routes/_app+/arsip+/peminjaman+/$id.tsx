import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { FormError, InputField, SelectField, SubmitButton, fieldProps, type ActionFailure } from '~/components/form'
import { PengembalianSchema } from '~/modules/arsip/peminjaman.schema'
import { getPeminjaman, kembalikanPinjaman } from '~/modules/arsip/peminjaman.server'
import { listPilihanPengguna } from '~/modules/organisasi/plt.server'
import { requireUserWithPermission } from '~/utils/auth.server'
import { redirectWithFlash } from '~/utils/flash.server'
import { formFailure, parseForm } from '~/utils/forms'
import { formatTanggal, formatWaktu } from '~/utils/format'
import { conflict, notFound, parseId } from '~/utils/http.server'

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.pinjam.nomor ?? 'Peminjaman arsip'} — SIMADU` }]

const TIDAK_ADA = 'Peminjaman tidak ditemukan.'

export async function loader({ request, params }: LoaderFunctionArgs) {
	const { user } = await requireUserWithPermission(request, 'update:arsip:any')
	const pinjam = await getPeminjaman(parseId(params.id))
	if (!pinjam) throw notFound(TIDAK_ADA)
	return { pinjam, pegawai: pinjam.status === 'dipinjam' ? await listPilihanPengguna() : [], saya: user.id }
}

export async function action({ request, params }: ActionFunctionArgs) {
	await requireUserWithPermission(request, 'update:arsip:any')
	const id = parseId(params.id)
	const formData = await request.formData()
	const parsed = parseForm(PengembalianSchema, formData)
	if (!parsed.ok) return data(parsed, { status: 400 })
	const hasil = await kembalikanPinjaman({ id, input: parsed.data })
	if (!hasil) throw notFound(TIDAK_ADA)
	if (!hasil.ok && 'konflik' in hasil) throw conflict()
	if (!hasil.ok) return data(formFailure(formData, hasil.errors), { status: 400 })
	return redirectWithFlash(`/arsip/peminjaman/${id}`, { jenis: 'sukses', pesan: 'Pengembalian berkas dicatat.' })
}

export default function RincianPeminjaman() {
	const { pinjam: p, pegawai, saya } = useLoaderData<typeof loader>()
	const result = useActionData<typeof action>() as ActionFailure | undefined
	const penerima = fieldProps(result, 'diterimaKembaliOlehId')
	return (
		<>
			<p className="muted">
				<Link to="/arsip/peminjaman">‹ Peminjaman arsip</Link>
			</p>
			<h1>Peminjaman {p.nomor}</h1>
			<section className="card" aria-label="Rincian peminjaman">
				<dl className="detail">
					<dt>Berkas</dt>
					<dd>
						<Link to={`/arsip/${p.berkasId}`}>{p.nomorBerkas}</Link> {p.uraianBerkas}
					</dd>
					<dt>Peminjam</dt>
					<dd>{p.peminjam}</dd>
					<dt>Keperluan</dt>
					<dd>{p.keperluan}</dd>
					<dt>Dipinjam</dt>
					<dd>{formatWaktu(p.dipinjamAt)}</dd>
					<dt>Jatuh tempo</dt>
					<dd>
						{formatTanggal(p.jatuhTempo)}
						{p.terlambatHari > 0 ? <span className="badge badge-merah"> Terlambat {p.terlambatHari} hari</span> : null}
					</dd>
					<dt>Status</dt>
					<dd>{p.status === 'dipinjam' ? 'Sedang dipinjam' : `Dikembalikan ${p.dikembalikanAt ? formatWaktu(p.dikembalikanAt) : ''}, diterima ${p.diterimaKembaliOleh ?? '—'}`}</dd>
				</dl>
			</section>
			{p.status === 'dipinjam' ? (
				<Form method="post" className="form card" noValidate>
					<h2 style={{ marginTop: 0 }}>Catat pengembalian</h2>
					<FormError result={result} />
					<input type="hidden" name="version" value={p.version} />
					<SelectField label="Diterima kembali oleh" name="diterimaKembaliOlehId" options={pegawai} required {...penerima} defaultValue={penerima.defaultValue ?? String(saya)} />
					<InputField label="Waktu pengembalian" name="dikembalikanPada" type="datetime-local" hint="Kosongkan bila dikembalikan sekarang." {...fieldProps(result, 'dikembalikanPada')} />
					<div className="actions">
						<SubmitButton>Catat pengembalian</SubmitButton>
					</div>
				</Form>
			) : null}
		</>
	)
}
