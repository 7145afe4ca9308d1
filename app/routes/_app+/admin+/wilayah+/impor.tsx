import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { FormError, SubmitButton, fieldProps } from '~/components/form'
import type { GalatWilayah } from '~/modules/referensi/wilayah-csv.server'
import { imporWilayahCsv } from '~/modules/referensi/wilayah.server'
import { requireUserWithPermission } from '~/utils/auth.server'
import { redirectWithFlash } from '~/utils/flash.server'
import { formatAngka } from '~/utils/format'
import { formatUkuran, parseUpload } from '~/utils/upload.server'

export const meta: MetaFunction = () => [{ title: 'Impor wilayah — SIMADU' }]

/** A national list (about 84 000 desa) is near 3 MB. */
const BATAS_CSV = 5 * 1024 * 1024
/** Beyond this many line errors the page shows a count; the file needs fixing at the source anyway. */
const GALAT_DITAMPILKAN = 1000

export async function loader({ request }: LoaderFunctionArgs) {
	await requireUserWithPermission(request, 'update:referensi:any')
	return { batas: formatUkuran(BATAS_CSV) }
}

type Gagal = { ok: false; errors: Record<string, string[]>; values: Record<string, string>; galatBaris: GalatWilayah[]; jumlahGalat: number }

function gagal(errors: Record<string, string[]>, galatBaris: GalatWilayah[] = []) {
	const body: Gagal = { ok: false, errors, values: {}, galatBaris: galatBaris.slice(0, GALAT_DITAMPILKAN), jumlahGalat: galatBaris.length }
	return data(body, { status: 400 })
}

export async function action({ request }: ActionFunctionArgs) {
	await requireUserWithPermission(request, 'update:referensi:any')
	const upload = await parseUpload(request, { field: 'berkas', maxFileSize: BATAS_CSV })
	if (!upload.ok) return gagal(upload.errors)
	const berkas = upload.formData.get('berkas')
	if (!(berkas instanceof Blob) || berkas.size === 0) return gagal({ berkas: ['Pilih berkas CSV.'] })
	const namaBerkas = berkas instanceof File ? berkas.name : ''
	const hasil = await imporWilayahCsv({ teks: await berkas.text(), namaBerkas })
	if (!hasil.ok) {
		return gagal({ berkas: [`Berkas berisi ${formatAngka(hasil.errors.length)} kesalahan; tidak ada data yang disimpan.`] }, hasil.errors)
	}
	return redirectWithFlash('/admin/wilayah', {
		jenis: 'sukses',
		pesan: `Impor wilayah selesai: ${formatAngka(hasil.baru)} baru, ${formatAngka(hasil.berubah)} berubah nama, dari ${formatAngka(hasil.jumlah)} baris.`,
	})
}

export default function ImporWilayahPage() {
	const { batas } = useLoaderData<typeof loader>()
	const result = useActionData<typeof action>()
	const berkas = fieldProps(result, 'berkas')
	return (
		<>
			<h1>Impor wilayah</h1>
			<div className="card">
				<p>
					Unggah berkas CSV dengan baris judul <code>kode,nama</code>, satu wilayah per baris, mis. <code>33.05.01.2001,Argopeni</code>. Induk setiap kode
					harus ada di berkas yang sama. Kode baru ditambahkan, nama yang berbeda diperbarui; kode yang tidak ada di berkas tetap tersimpan.
				</p>
				<p className="muted">Bila ada satu saja baris yang salah, tidak ada data yang disimpan.</p>
			</div>
			<Form method="post" encType="multipart/form-data" className="form card" noValidate>
				<FormError result={result} />
				<div className="field">
					<label htmlFor="berkas-wilayah">Berkas CSV</label>
					<input
						id="berkas-wilayah"
						name="berkas"
						type="file"
						accept=".csv,text/csv"
						required
						aria-invalid={berkas.error ? true : undefined}
						aria-describedby="berkas-wilayah-petunjuk"
					/>
					<span className="hint" id="berkas-wilayah-petunjuk">
						Paling besar {batas}, UTF-8.
					</span>
					{berkas.error ? (
						<span className="error" role="alert">
							{berkas.error}
						</span>
					) : null}
				</div>
				<div className="actions">
					<SubmitButton intent="impor">Impor</SubmitButton>
					<Link to="/admin/wilayah" className="button button-sekunder">
						Batal
					</Link>
				</div>
			</Form>
			{result?.galatBaris.length ? (
				<section className="card" aria-labelledby="judul-galat">
					<h2 id="judul-galat">Kesalahan di berkas</h2>
					<div className="table-wrap">
						<table>
							<thead>
								<tr>
									<th scope="col" className="num">
										Baris
									</th>
									<th scope="col">Kesalahan</th>
								</tr>
							</thead>
							<tbody>
								{result.galatBaris.map((g, i) => (
									<tr key={i}>
										<td className="num">{formatAngka(g.baris)}</td>
										<td>{g.pesan}</td>
									</tr>
								))}
							</tbody>
						</table>
					</div>
					{result.jumlahGalat > result.galatBaris.length ? (
						<p className="muted">…dan {formatAngka(result.jumlahGalat - result.galatBaris.length)} kesalahan lain.</p>
					) : null}
				</section>
			) : null}
		</>
	)
}
