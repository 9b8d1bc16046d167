import { spawn } from 'node:child_process';
import { expect } from 'chai';
import { User } from '../../db/models';
import { TestClient } from '../support/client';

function userCreate(args: string[]): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/userCreate.ts', ...args], {
      env: process.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('exit', (code) => resolve({ code, output }));
  });
}

describe('npm run user:create', function () {
  this.timeout(40_000);

  it('creates an admin who can then log in with that role', async () => {
    const { code, output } = await userCreate([
      '--role',
      'admin',
      '--email',
      'dge@exemple.gouv.fr',
      '--password',
      'un-mot-de-passe-solide',
      '--pseudonym',
      'equipe.dge',
    ]);
    expect(code, output).to.equal(0);
    expect(output).to.contain('Compte créé');
    const client = new TestClient();
    const login = await client.post('/api/auth/login', {
      email: 'dge@exemple.gouv.fr',
      password: 'un-mot-de-passe-solide',
    });
    expect(login.status).to.equal(200);
    expect(login.body.user.role).to.equal('admin');
  });

  it('refuses an unknown role or a short password in French, creating nothing', async () => {
    const { code, output } = await userCreate([
      '--role',
      'superuser',
      '--email',
      'x@exemple.fr',
      '--password',
      'court',
      '--pseudonym',
      'quelquun',
    ]);
    expect(code).to.equal(2);
    expect(output).to.contain('Le rôle doit être member, expert, moderator ou admin.');
    expect(output).to.contain('Le mot de passe doit compter au moins 10 caractères.');
    expect(await User.count()).to.equal(0);
  });

  it('says so when the pseudonym is taken', async () => {
    const base = ['--role', 'moderator', '--password', 'un-mot-de-passe-solide', '--pseudonym', 'modo.cci'];
    expect((await userCreate([...base, '--email', 'a@exemple.fr'])).code).to.equal(0);
    const second = await userCreate([...base, '--email', 'b@exemple.fr']);
    expect(second.code).to.equal(1);
    expect(second.output).to.contain('Ce pseudonyme est déjà pris.');
  });
});
