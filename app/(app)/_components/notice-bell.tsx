import Link from "next/link";

/** The bell: the person's unread notices, a link to them in Needs me. */
export function NoticeBell({ unread }: { unread: number }) {
  return (
    <Link href="/inbox#notices" className="relative inline-flex items-center rounded-md p-1 text-slate-600 hover:bg-slate-100 hover:text-indigo-700" aria-label={unread ? `Notices, ${unread} unread` : "Notices"}>
      <svg aria-hidden="true" viewBox="0 0 20 20" fill="currentColor" className="h-5 w-5">
        <path d="M10 2a5 5 0 0 0-5 5v2.6c0 .5-.2 1-.5 1.4L3.3 12.6A1 1 0 0 0 4 14.3h12a1 1 0 0 0 .7-1.7L15.5 11c-.3-.4-.5-.9-.5-1.4V7a5 5 0 0 0-5-5Zm-2 13.5a2 2 0 0 0 4 0H8Z" />
      </svg>
      {unread ? (
        <span aria-hidden="true" className="absolute -right-1 -top-1 min-w-[1.1rem] rounded-full bg-red-600 px-1 text-center text-[10px] font-semibold leading-4 text-white">
          {unread > 99 ? "99+" : unread}
        </span>
      ) : null}
    </Link>
  );
}
