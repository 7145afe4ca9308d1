import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { CheckboxGroup, InputField, SubmitButton, type ActionFailure } from '~/components/form'
import { SesiTable } from '~/modules/akses/components/sesi-table'
import { AturUlangSandiSchema, PeranPenggunaSchema, StatusPenggunaSchema } from '~/modules/akses/pengguna.schema'
import {
	getPengguna,
	listPilihanPeran,
	resetSandiPengguna,
	setPeranPengguna,
	setStatusPengguna,
	type HasilUbah,
} from '~/modules/akses/pengguna.server'
import { RingkasPerubahan } from '~/modules/audit/components/perubahan'
import { labelAksi } from '~/modules/audit/log-audit.schema'
import { requireUserWithPermission } from '~/utils/auth.server'
import { redirectWithFlash } from '~/utils/flash.server'
import { formFailure, parseForm } from '~/utils/forms'
import { formatWaktu } from '~/utils/format'
import { conflict, notFound, parseId } from '~/utils/http.server'

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.akun.username ?? 'Pengguna'} — SIMADU` }]

const TIDAK_ADA = 'Pengguna tidak ditemukan.'

export async function loader({ request, params }: LoaderFunctionArgs) {
	const { user } = await requireUserWithPermission(request, 'update:pengguna:any')
	const pengguna = await getPengguna(parseId(params.id))
	if (!pengguna) throw notFound(TIDAK_ADA)
	const peran = await listPilihanPeran()
	return { ...pengguna, peran, diriSendiri: pengguna.akun.id === user.id }
}

const PESAN: Record<string, string> = {
	'simpan-peran': 'Peran pengguna disimpan.',
	nonaktifkan: 'Akun dinonaktifkan dan semua sesinya diakhiri.',
	aktifkan: 'Akun diaktifkan kembali.',
	'atur-ulang-sandi': 'Kata sandi sementara disimpan. Semua sesi pengguna diakhiri; pengguna wajib menggantinya saat masuk.',
}

export async function action({ request, params }: ActionFunctionArgs) {
	const { user } = await requireUserWithPermission(request, 'update:pengguna:any')
	const id = parseId(params.id)
	const formData = await request.formData()
	const intent = String(formData.get('intent') ?? '')
	let result: HasilUbah
	if (intent === 'simpan-peran') {
		const parsed = parseForm(PeranPenggunaSchema, formData)
		if (!parsed.ok) return data(parsed, { status: 400 })
		result = await setPeranPengguna({ id, version: parsed.data.version, peran: parsed.data.peran, aktorId: user.id })
	} else if (intent === 'nonaktifkan' || intent === 'aktifkan') {
		const parsed = parseForm(StatusPenggunaSchema, formData)
		if (!parsed.ok) return data(parsed, { status: 400 })
		result = await setStatusPengguna({ id, version: parsed.data.version, aktif: intent === 'aktifkan', aktorId: user.id })
	} else if (intent === 'atur-ulang-sandi') {
		const parsed = parseForm(AturUlangSandiSchema, formData)
		if (!parsed.ok) return data(parsed, { status: 400 })
		result = await resetSandiPengguna({ id, version: parsed.data.version, sandiBaru: parsed.data.sandiBaru })
	} else {
		return data(formFailure(formData, { _form: ['Tindakan tidak dikenal.'] }), { status: 400 })
	}
	if (result === null) throw notFound(TIDAK_ADA)
	if (result === 'konflik') throw conflict()
	if (!result.ok) return data(formFailure(formData, result.errors), { status: 400 })
	return redirectWithFlash(`/admin/pengguna/${id}`, { jenis: 'sukses', pesan: PESAN[intent]! })
}

const SUMBER: Record<string, string> = { langsung: 'Langsung', jabatan: 'Jabatan', plt: 'Plt/Plh' }

/** The error of the form that was sent, shown above that form. */
function GalatForm({ result, intent }: { result: ActionFailure | undefined; intent: string[] }) {
	const sent = result?.values.intent
	if (!result || typeof sent !== 'string' || !intent.includes(sent)) return null
	const message = result.errors._form?.[0] ?? result.errors.version?.[0]
	if (!message) return null
	return (
		<div className="alert alert-galat" role="alert">
			{message}
		</div>
	)
}

export default function UbahPengguna() {
	const { akun, pegawai, peranEfektif, peranLangsung, sesi, riwayat, zonaWaktu, peran, diriSendiri } = useLoaderData<typeof loader>()
	const result = useActionData<typeof action>()
	const sentPeran = result?.values.intent === 'simpan-peran' ? result.values['peran[]'] : undefined
	const version = <input type="hidden" name="version" value={akun.version} />
	return (
		<>
			<p>
				<Link to="/admin/pengguna">‹ Daftar pengguna</Link>
			</p>
			<h1>
				{akun.username}{' '}
				{akun.aktif ? <span className="badge badge-hijau">Aktif</span> : <span className="badge badge-merah">Nonaktif</span>}
			</h1>
			<section className="card">
				<h2>Akun dan pegawai</h2>
				<dl className="detail">
					<dt>Nama</dt>
					<dd>{pegawai.nama}</dd>
					<dt>NIP</dt>
					<dd>{pegawai.nip}</dd>
					<dt>Jabatan</dt>
					<dd>{pegawai.jabatan ?? '—'}</dd>
					<dt>Unit kerja</dt>
					<dd>{pegawai.unit}</dd>
					<dt>Status pegawai</dt>
					<dd>{pegawai.aktif ? 'Aktif' : 'Tidak aktif'}</dd>
					<dt>Terakhir masuk</dt>
					<dd>{akun.terakhirMasuk ? formatWaktu(akun.terakhirMasuk, zonaWaktu) : 'Belum pernah'}</dd>
					<dt>Kata sandi</dt>
					<dd>
						{akun.sandiDiubah ? `Diubah ${formatWaktu(akun.sandiDiubah, zonaWaktu)}` : '—'}
						{akun.wajibGantiSandi ? <span className="badge">Wajib diganti saat masuk</span> : null}
						{akun.sandiDemo ? <span className="badge badge-merah">Kata sandi demo</span> : null}
					</dd>
					<dt>Dibuat</dt>
					<dd>{formatWaktu(akun.dibuat, zonaWaktu)}</dd>
				</dl>
			</section>

			<section className="card">
				<h2>Peran yang berlaku hari ini</h2>
				{peranEfektif.length ? (
					<ul>
						{peranEfektif.map((p) => (
							<li key={`${p.kode}-${p.sumber}-${p.keterangan}`}>
								<strong>{p.nama}</strong> <span className="badge badge-abu">{SUMBER[p.sumber]}</span>{' '}
								<span className="muted">{p.keterangan}</span>
							</li>
						))}
					</ul>
				) : (
					<p className="muted">Pengguna ini belum memiliki peran.</p>
				)}
				<Form method="post" className="form" noValidate>
					<GalatForm result={result} intent={['simpan-peran']} />
					{version}
					<CheckboxGroup
						legend="Peran langsung"
						name="peran[]"
						options={peran.map((p) => ({ value: p.kode, label: p.nama, hint: p.deskripsi ?? undefined }))}
						checked={Array.isArray(sentPeran) ? sentPeran : peranLangsung}
						error={result?.values.intent === 'simpan-peran' ? result.errors.peran?.[0] : undefined}
					/>
					<p className="hint">Peran dari jabatan diatur pada halaman jabatan.</p>
					<div className="actions">
						<SubmitButton intent="simpan-peran">Simpan peran</SubmitButton>
					</div>
				</Form>
			</section>

			<section className="card">
				<h2>Atur ulang kata sandi</h2>
				<Form method="post" className="form" noValidate>
					<GalatForm result={result} intent={['atur-ulang-sandi']} />
					{version}
					<InputField
						label="Kata sandi sementara"
						name="sandiBaru"
						type="password"
						autoComplete="new-password"
						required
						hint="10 sampai 72 byte. Sampaikan kepada pengguna secara langsung; ia wajib menggantinya saat masuk."
						error={result?.values.intent === 'atur-ulang-sandi' ? result.errors.sandiBaru?.[0] : undefined}
					/>
					<div className="actions">
						<SubmitButton intent="atur-ulang-sandi">Atur ulang kata sandi</SubmitButton>
					</div>
				</Form>
			</section>

			<section className="card">
				<h2>Status akun</h2>
				<Form
					method="post"
					onSubmit={(e) => akun.aktif && !confirm('Nonaktifkan akun ini? Semua sesinya akan diakhiri.') && e.preventDefault()}
				>
					<GalatForm result={result} intent={['nonaktifkan', 'aktifkan']} />
					{version}
					{akun.aktif ? (
						diriSendiri ? (
							<p className="muted">Anda tidak dapat menonaktifkan akun Anda sendiri.</p>
						) : (
							<SubmitButton intent="nonaktifkan" className="button-bahaya">
								Nonaktifkan akun
							</SubmitButton>
						)
					) : (
						<SubmitButton intent="aktifkan">Aktifkan kembali</SubmitButton>
					)}
				</Form>
			</section>

			<h2>Sesi aktif</h2>
			<SesiTable sesi={sesi} zonaWaktu={zonaWaktu} />

			<h2>Riwayat terakhir</h2>
			<div className="table-wrap">
				<table>
					<thead>
						<tr>
							<th scope="col">Waktu</th>
							<th scope="col">Aksi</th>
							<th scope="col">Oleh</th>
							<th scope="col">Perubahan</th>
						</tr>
					</thead>
					<tbody>
						{riwayat.length === 0 ? (
							<tr>
								<td colSpan={4} className="muted">
									Belum ada catatan.
								</td>
							</tr>
						) : (
							riwayat.map((r) => (
								<tr key={r.id}>
									<td>{formatWaktu(r.waktu, zonaWaktu)}</td>
									<td>
										{labelAksi(r.aksi)} <span className="muted">{r.entitas}</span>
									</td>
									<td>
										{r.namaPengguna ?? '—'}
										{r.atasNama ? <span className="muted"> atas nama {r.atasNama}</span> : null}
									</td>
									<td>
										<RingkasPerubahan perubahan={r.perubahan} />
										{r.keterangan ? <span className="muted">{r.keterangan}</span> : null}
									</td>
								</tr>
							))
						)}
					</tbody>
				</table>
			</div>
			<p>
				<Link to={`/admin/audit?entitas=pengguna&entitasId=${akun.id}`}>Lihat seluruh jejak audit akun ini</Link>
			</p>
		</>
	)
}
