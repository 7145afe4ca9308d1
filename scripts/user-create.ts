/**
 * `npm run user:create -- --username admin.dinas --nama "Nama Lengkap" --nip 198001012005011001
 *   --unit PIAK-SIAK [--jabatan PRANATA-KOMPUTER] [--peran admin,piak]`
 * The password is read from SIMADU_PASSWORD or asked for twice at the prompt (not echoed).
 */
import { parseArgs } from 'node:util'
import readline from 'node:readline'
import { createAkunDariCli } from '~/modules/akses/akun-cli.server'
import { prepareDatabase } from '~/utils/bootstrap.server'
import { closeDb } from '~/utils/db.server'
import { getEnv } from '~/utils/env.server'
import { runWithRequestContext } from '~/utils/request-context.server'

function askHidden(question: string): Promise<string> {
	return new Promise((resolve) => {
		const rl = readline.createInterface({ input: process.stdin, output: process.stdout, terminal: true })
		const output = rl as unknown as { _writeToOutput: (s: string) => void; output: NodeJS.WriteStream }
		output._writeToOutput = (text: string) => {
			if (text.includes(question)) process.stdout.write(text)
		}
		rl.question(question, (answer) => {
			rl.close()
			process.stdout.write('\n')
			resolve(answer)
		})
	})
}

async function main() {
	const { values } = parseArgs({
		options: {
			username: { type: 'string' },
			nama: { type: 'string' },
			nip: { type: 'string' },
			unit: { type: 'string' },
			jabatan: { type: 'string' },
			peran: { type: 'string', default: '' },
		},
	})
	if (!values.username || !values.nama || !values.nip || !values.unit) {
		console.error('Wajib: --username, --nama, --nip (18 digit), --unit (kode unit kerja). Pilihan: --jabatan, --peran a,b')
		return 2
	}
	let password = process.env.SIMADU_PASSWORD ?? ''
	if (!password) {
		if (!process.stdin.isTTY) {
			console.error('Isi SIMADU_PASSWORD atau jalankan di terminal untuk mengetik kata sandi.')
			return 2
		}
		password = await askHidden('Kata sandi: ')
		if ((await askHidden('Ulangi kata sandi: ')) !== password) {
			console.error('Ulangan kata sandi tidak sama.')
			return 1
		}
	}
	const env = getEnv()
	await prepareDatabase({ migrate: !env.databaseUrl || !env.isProduction, demo: false })
	const result = await runWithRequestContext(
		{ requestId: 'cli', ip: 'cli', userAgent: 'npm run user:create', actor: { penggunaId: 0, nama: 'user:create (baris perintah)' } },
		() =>
			createAkunDariCli({
				username: values.username!,
				nama: values.nama!,
				nip: values.nip!,
				unitKode: values.unit!,
				jabatanKode: values.jabatan,
				peran: values.peran ? values.peran.split(',').map((p) => p.trim()).filter(Boolean) : [],
				password,
			}),
	)
	if (!result.ok) {
		for (const line of result.masalah) console.error(`- ${line}`)
		return 1
	}
	console.log(`Akun "${values.username}" dibuat (id ${result.id}).`)
	return 0
}

main()
	.then((code) => {
		process.exitCode = code
	})
	.catch((error: unknown) => {
		console.error(error instanceof Error ? error.message : error)
		process.exitCode = 1
	})
	.finally(() => closeDb())
