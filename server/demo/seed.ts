import type { Role } from '../../shared/api.js';
import type { AppDeps } from '../deps.js';
import { signUp } from '../modules/auth/auth.service.js';
import { createGroup, joinGroup } from '../modules/groups/group.service.js';
import { createPost, createThread } from '../modules/threads/thread.service.js';
import { updateUser } from '../modules/users/user.repository.js';

export interface DemoAccount {
  username: string;
  password: string;
  role: Role | 'clinician';
}

const PASSWORD = 'hearth-demo-password';

/** Demo data: every part of the product shows something, including a few posts held for review. */
export async function seedDemo(deps: AppDeps): Promise<DemoAccount[]> {
  const make = async (username: string, displayName: string, role: Role) => {
    const user = await signUp(deps.db, { username, displayName, email: `${username}@demo.invalid`, password: PASSWORD });
    return role === 'member' ? user : (await updateUser(deps.db, user.id, { role }))!;
  };
  const admin = await make('ada', 'Ada (admin)', 'admin');
  const mod = await make('morgan', 'Morgan (moderator)', 'moderator');
  const nurse = await make('priya', 'Priya', 'member');
  const sam = await make('sam', 'Sam', 'member');
  const lee = await make('lee', 'Lee', 'member');
  const clinician = (await updateUser(deps.db, nurse.id, {
    clinician_credential: 'RN',
    clinician_specialty: 'Oncology nursing',
    clinician_verified_at: new Date(),
    clinician_verified_by: admin.id,
  }))!;

  const breast = await createGroup(deps, admin, {
    name: 'Breast cancer support',
    slug: 'breast-cancer',
    description: 'For people living with breast cancer and those who care for them.',
    visibility: 'public',
  });
  const t1d = await createGroup(deps, admin, {
    name: 'Type 1 diabetes parents',
    slug: 't1d-parents',
    description: 'Parents and carers of children with type 1 diabetes.',
    visibility: 'public',
  });
  await createGroup(deps, admin, {
    name: 'Caregivers circle',
    slug: 'caregivers',
    description: 'A members-only space for family caregivers.',
    visibility: 'members',
  });
  for (const user of [sam, lee, clinician, mod]) {
    await joinGroup(deps, user, breast.slug);
    await joinGroup(deps, user, t1d.slug);
  }

  const { thread } = await createThread(deps, sam, breast.slug, {
    title: 'What helped you through the first weeks of chemo?',
    body: 'I start AC chemo next month. For those who have been through it, what made the first weeks easier? Practical tips very welcome.',
  });
  await createPost(deps, lee, thread.id, {
    body: 'Ginger tea and small meals every couple of hours. And say yes when friends offer to drive you.',
  });
  await createPost(deps, clinician, thread.id, {
    body: 'Many people find it helps to keep a simple diary of symptoms to bring to each appointment. Your care team can adjust anti-sickness medicines if they are not working.',
  });
  // Held for review: a phone number, and a request to assess one person's results.
  await createPost(deps, lee, thread.id, { body: 'Happy to chat by phone if it helps, call me on 555-0142 any evening.' });
  await createThread(deps, sam, t1d.slug, {
    title: 'Night-time lows',
    body: 'My son is 7 and his sensor showed 3.1 at 2am last night. Should I lower his basal dose tonight? DOB 12/03/2018 if that matters.',
  });
  await createThread(deps, lee, t1d.slug, {
    title: 'School trips with a pump',
    body: 'Any tips for packing for a two-night school trip with an insulin pump? What did you send along?',
  });

  return [
    { username: admin.username, password: PASSWORD, role: 'admin' },
    { username: mod.username, password: PASSWORD, role: 'moderator' },
    { username: nurse.username, password: PASSWORD, role: 'clinician' },
    { username: sam.username, password: PASSWORD, role: 'member' },
  ];
}
