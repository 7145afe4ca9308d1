import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { FormError, InputField, SelectField, SubmitButton, fieldProps } from '~/components/form'
import { RetensiSchema } from '~/modules/arsip/klasifikasi.schema'
import { getKlasifikasi, ubahRetensi } from '~/modules/arsip/klasifikasi.server'
import { NASIB_AKHIR, ringkasRetensi } from '~/modules/arsip/retensi'
import { requireUserWithPermission } from '~/utils/auth.server'
import { redirectWithFlash } from '~/utils/flash.server'
import { parseForm } from '~/utils/forms'
import { formatAngka } from '~/utils/format'
import { conflict, notFound } from '~/utils/http.server'
import { hasPermission } from '~/utils/permissions.server'

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.kode.kode ?? 'Klasifikasi'} — SIMADU` }]

const TIDAK_ADA = 'Kode klasifikasi tidak ditemukan.'

function kodeDari(value: string | undefined) {
	if (!value || !/^\d{1,3}(\.\d+)*$/.test(value) || value.length > 30) throw notFound(TIDAK_ADA)
	return value
}

export async function loader({ request, params }: LoaderFunctionArgs) {
	const { user } = await requireUserWithPermission(request, 'read:arsip:any')
	const kode = await getKlasifikasi(kodeDari(params.kode))
	if (!kode) throw notFound(TIDAK_ADA)
	return { kode, bolehUbah: hasPermission(user.authority, 'update:arsip:any') }
}

export async function action({ request, params }: ActionFunctionArgs) {
	await requireUserWithPermission(request, 'update:arsip:any')
	const kode = kodeDari(params.kode)
	const parsed = parseForm(RetensiSchema, await request.formData())
	if (!parsed.ok) return data(parsed, { status: 400 })
	const hasil = await ubahRetensi(kode, parsed.data)
	if (!hasil) throw notFound(TIDAK_ADA)
	if (!hasil.ok) throw conflict()
	const tambahan = [
		hasil.turunanDiisi ? `${formatAngka(hasil.turunanDiisi)} sub kode ikut diisi` : null,
		`${formatAngka(hasil.berkasDihitung)} berkas dihitung ulang tanggal retensinya`,
	]
		.filter(Boolean)
		.join('; ')
	return redirectWithFlash(`/arsip/klasifikasi/${kode}`, { jenis: 'sukses', pesan: `Retensi ${kode} disimpan; ${tambahan}.` })
}

export default function RincianKlasifikasi() {
	const { kode: k, bolehUbah } = useLoaderData<typeof loader>()
	const result = useActionData<typeof action>()
	const field = (name: 'retensiAktif' | 'retensiInaktif' | 'nasibAkhir') => {
		const props = fieldProps(result, name)
		return { ...props, defaultValue: props.defaultValue ?? String(k[name] ?? '') }
	}
	const dicentang = (name: string, awal: boolean) => (result ? result.values[name] === 'on' : awal)
	return (
		<>
			<nav aria-label="Jejak klasifikasi" className="muted">
				<Link to="/arsip/klasifikasi">Semua kode</Link>
				{k.jejak.slice(0, -1).map((j) => (
					<span key={j.kode}>
						{' › '}
						<Link to={`/arsip/klasifikasi?induk=${j.kode}`}>{j.kode}</Link>
					</span>
				))}
			</nav>
			<h1>
				{k.kode} {k.nama}
			</h1>
			<section className="card" aria-label="Retensi">
				<dl className="detail">
					<dt>Retensi berlaku</dt>
					<dd>
						{ringkasRetensi(k.berlaku)}
						{k.berlaku && !k.punyaSendiri ? <span className="muted"> (mengikuti kode {k.berlaku.sumberKode})</span> : null}
						{k.berlaku?.vital ? <span className="badge badge-merah"> Arsip vital</span> : null}
					</dd>
					<dt>Sub kode</dt>
					<dd>{k.jumlahAnak ? <Link to={`/arsip/klasifikasi?induk=${k.kode}`}>{formatAngka(k.jumlahAnak)} sub kode</Link> : 'Tidak ada'}</dd>
					<dt>Berkas</dt>
					<dd>
						<Link to={`/arsip?klasifikasi=${k.kode}`}>{formatAngka(k.jumlahBerkas)} berkas</Link> dengan kode ini atau sub kodenya
						{bolehUbah ? (
							<>
								{' · '}
								<Link to={`/arsip/baru?klasifikasi=${k.kode}`}>Tambah berkas dengan kode ini</Link>
							</>
						) : null}
					</dd>
				</dl>
			</section>
			{bolehUbah ? (
				<Form method="post" className="form card" noValidate>
					<h2 style={{ marginTop: 0 }}>Atur retensi</h2>
					<p className="muted">
						Isi ketiganya, atau kosongkan ketiganya agar kode ini mengikuti retensi kode induknya. Tanggal retensi setiap berkas yang memakai kode ini (dan sub kode yang mengikutinya) dihitung ulang saat disimpan.
					</p>
					<FormError result={result} />
					<input type="hidden" name="version" value={k.version} />
					<div className="form-grid">
						<InputField label="Retensi aktif (tahun)" name="retensiAktif" type="number" min={0} max={99} {...field('retensiAktif')} />
						<InputField label="Retensi inaktif (tahun)" name="retensiInaktif" type="number" min={0} max={99} {...field('retensiInaktif')} />
						<SelectField label="Nasib akhir" name="nasibAkhir" options={[...NASIB_AKHIR]} placeholder="— ikuti kode induk —" {...field('nasibAkhir')} />
					</div>
					<div className="checks">
						<label>
							<input type="checkbox" name="vital" defaultChecked={dicentang('vital', k.vital)} />
							<span>Arsip vital (tidak diusulkan musnah)</span>
						</label>
						{k.jumlahAnak ? (
							<label>
								<input type="checkbox" name="terapkanKeTurunan" defaultChecked={dicentang('terapkanKeTurunan', false)} />
								<span>Terapkan juga ke semua sub kode yang belum punya retensi sendiri</span>
							</label>
						) : null}
					</div>
					<div className="actions">
						<SubmitButton>Simpan retensi</SubmitButton>
					</div>
				</Form>
			) : null}
		</>
	)
}
