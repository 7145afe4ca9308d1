import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { FormError, InputField, SelectField, SubmitButton, TextareaField, fieldProps, type ActionFailure } from '~/components/form'
import { getIdBerkasByNomor, getRingkasBerkas } from '~/modules/arsip/berkas.server'
import { PeminjamanSchema } from '~/modules/arsip/peminjaman.schema'
import { pinjamBerkas } from '~/modules/arsip/peminjaman.server'
import { hariIniKantor } from '~/modules/arsip/penyusutan.server'
import { listPilihanPengguna } from '~/modules/organisasi/plt.server'
import { requireUserWithPermission } from '~/utils/auth.server'
import { redirectWithFlash } from '~/utils/flash.server'
import { formFailure, parseForm } from '~/utils/forms'
import { geserTanggal } from '~/utils/hari-kerja'

export const meta: MetaFunction = () => [{ title: 'Catat peminjaman arsip — SIMADU' }]

export async function loader({ request }: LoaderFunctionArgs) {
	await requireUserWithPermission(request, 'update:arsip:any')
	const berkasId = Number(new URL(request.url).searchParams.get('berkas'))
	const [pegawai, berkas, hariIni] = await Promise.all([listPilihanPengguna(), Number.isSafeInteger(berkasId) && berkasId > 0 ? getRingkasBerkas(berkasId) : null, hariIniKantor()])
	return { pegawai, berkas, jatuhTempoAwal: geserTanggal(hariIni, 7) }
}

export async function action({ request }: ActionFunctionArgs) {
	const { user } = await requireUserWithPermission(request, 'update:arsip:any')
	const formData = await request.formData()
	// the berkas is typed by its number; the service works with its id
	const nomor = String(formData.get('berkas') ?? '').trim()
	const berkasId = nomor ? await getIdBerkasByNomor(nomor) : null
	const input = new FormData()
	for (const [k, v] of formData) input.append(k, v)
	input.set('berkasId', berkasId ? String(berkasId) : '')
	const parsed = parseForm(PeminjamanSchema, input)
	const errors: Record<string, string[]> = parsed.ok ? {} : { ...parsed.errors }
	if (errors.berkasId) {
		errors.berkas = [nomor ? `Berkas ${nomor} tidak ditemukan.` : 'Tulis nomor berkas yang dipinjam.']
		delete errors.berkasId
	}
	if (!parsed.ok) return data(formFailure(formData, errors), { status: 400 })
	const hasil = await pinjamBerkas({ input: parsed.data, pelaku: user })
	if (!hasil.ok) {
		const e: Record<string, string[]> = 'errors' in hasil ? { ...hasil.errors } : { _form: ['Peminjaman gagal dicatat; ulangi.'] }
		if (e.berkasId) {
			e.berkas = e.berkasId
			delete e.berkasId
		}
		return data(formFailure(formData, e), { status: 400 })
	}
	return redirectWithFlash(`/arsip/peminjaman/${hasil.id}`, { jenis: 'sukses', pesan: 'Peminjaman dicatat.' })
}

export default function CatatPeminjaman() {
	const { pegawai, berkas, jatuhTempoAwal } = useLoaderData<typeof loader>()
	const result = useActionData<typeof action>() as ActionFailure | undefined
	const field = (name: string, awal = '') => {
		const p = fieldProps(result, name)
		return { ...p, defaultValue: p.defaultValue ?? awal }
	}
	return (
		<>
			<h1>Catat peminjaman arsip</h1>
			<Form method="post" className="form card" noValidate>
				<FormError result={result} />
				<InputField
					label="Nomor berkas"
					name="berkas"
					required
					maxLength={60}
					placeholder="BRK/2026/0001"
					hint={berkas ? berkas.uraian : 'Nomor berkas seperti tertulis di daftar berkas.'}
					{...field('berkas', berkas?.nomorBerkas ?? '')}
				/>
				<SelectField label="Peminjam" name="peminjamId" options={pegawai} placeholder="Pilih pegawai" required {...field('peminjamId')} />
				<TextareaField label="Keperluan" name="keperluan" required maxLength={500} rows={3} {...field('keperluan')} />
				<InputField label="Jatuh tempo" name="jatuhTempo" type="date" required {...field('jatuhTempo', jatuhTempoAwal)} />
				<div className="actions">
					<SubmitButton>Simpan</SubmitButton>
					<Link to="/arsip/peminjaman" className="button button-sekunder">
						Batal
					</Link>
				</div>
			</Form>
		</>
	)
}
