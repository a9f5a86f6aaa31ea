namespace Linli.Web.Modules.Disclosure;

/// <summary>The OpenAPI summaries of the disclosure module (<see cref="Platform.Api.ApiSummaries"/>).</summary>
public static class DisclosureApiSummaries
{
    public static readonly Platform.Api.ApiSummaries Table = new(new Dictionary<string, string>
    {
        ["GET /api/v1/disclosure/ledgers"] = "Fund ledgers of your communities (of one with communityId), with balance and chain head",
        ["POST /api/v1/disclosure/ledgers"] = "Open a fund ledger: community, name, kind, the amount above which a second person approves",
        ["GET /api/v1/disclosure/ledgers/{id}"] = "A ledger with its balance and chain head",
        ["GET /api/v1/disclosure/ledgers/{id}/entries"] = "A ledger's entries, newest first: published or waiting for approval, what each corrects and what corrected it",
        ["POST /api/v1/disclosure/ledgers/{id}/entries"] = "Record an entry (amount in yuan, two decimals at most); it joins the hash chain and is never changed",
        ["GET /api/v1/disclosure/entries/{id}"] = "One entry (entries are never changed or deleted: PUT and DELETE answer 405)",
        ["GET /api/v1/disclosure/entries/{id}/voucher"] = "An entry's voucher (the receipt's photo or PDF recorded with it in the console)",
        ["POST /api/v1/disclosure/entries/{id}/corrections"] = "Correct an entry: a new linked entry with the right amount and the reason; the balance counts it in place of the original",
        ["POST /api/v1/disclosure/entries/{id}/approve"] = "Approve an entry above the ledger's amount, as a second person; it is published if that was asked",
        ["GET /api/v1/disclosure/ledgers/{id}/entries.xlsx"] = "Every entry of a ledger as an Excel sheet, in the chain's order, with its state and hash",
        ["GET /api/v1/disclosure/ledgers/{id}/statements"] = "A ledger's published statements, latest first",
        ["POST /api/v1/disclosure/ledgers/{id}/statements"] = "Publish the statement of an ended month, quarter or half year; its period is closed to new entries",
        ["GET /api/v1/disclosure/statements/{id}/notice.docx"] = "A statement as the A4 notice for the board, with the QR code of the public ledger page",
        ["GET /api/v1/disclosure/works"] = "Works of your communities (of one): budget, funding, bids, the choice and the saving, progress, acceptance",
        ["POST /api/v1/disclosure/works"] = "Plan works: title, budget (yuan), where the money comes from, the resolution or owners' assembly that decided them",
        ["GET /api/v1/disclosure/works/{id}"] = "One works project with its bids and progress",
        ["POST /api/v1/disclosure/works/{id}/opening"] = "Record the opening of bids before owners' representatives (how many witnessed) with every bid read out; once",
        ["POST /api/v1/disclosure/works/{id}/award"] = "Choose one of the opened bids, with the reason",
        ["POST /api/v1/disclosure/works/{id}/progress"] = "A progress step (percent never goes back)",
        ["POST /api/v1/disclosure/works/{id}/acceptance"] = "Acceptance (验收) with its result",
        ["GET /api/v1/public/communities/{communityId}/works"] = "A community's works for anyone (no sign-in): budget, bids, choice, saving, progress, acceptance",
        ["GET /api/v1/disclosure/notices"] = "Notices of your communities (of one), newest first, with whether each is on display",
        ["POST /api/v1/disclosure/notices"] = "Publish a notice for a community or a compound in it, on display from a day (today) to a day (a week later)",
        ["POST /api/v1/disclosure/notices/{id}/withdraw"] = "Withdraw a notice with the reason; it stays in the archive, marked withdrawn",
        ["GET /api/v1/public/communities/{communityId}/notices"] = "A community's notices on display (no sign-in), or the archive (archive=true) searched by words (q), 50 a page (before)",
        ["GET /api/v1/public/ledgers/{id}/statements"] = "A ledger's published statements (no sign-in): opening, income and expense by category, closing",
        ["GET /api/v1/public/communities/{communityId}/ledgers"] = "A community's ledgers as anyone sees them (no sign-in): balance, chain head, the newest 50 published entries (payers masked)",
        ["GET /api/v1/public/ledgers/{id}"] = "One public ledger: a page of its published entries older than `before` (a sequence number), `take` at most 500",
        ["GET /api/v1/public/ledgers/{id}/verify"] = "Check a ledger's hash chain (no sign-in): valid or the first entry that breaks it",
    }, new Dictionary<string, string>
    {
        ["Disclosure"] = "Money in the open (公示): fund ledgers whose entries are never edited, hash-chained, published and verifiable by anyone",
    });
}
