namespace Linli.Web.Modules.Assemblies;

/// <summary>The OpenAPI summaries of owners' assemblies (<see cref="Platform.Api.ApiSummaries"/>).</summary>
public static class AssembliesApiSummaries
{
    public static readonly Platform.Api.ApiSummaries Table = new(new Dictionary<string, string>
    {
        ["GET /api/v1/assemblies"] = "Owners' assemblies, newest first (of a compound with compoundId)",
        ["POST /api/v1/assemblies"] = "Prepare an assembly: compound, method, notice date (15 days ahead), voting window, items",
        ["GET /api/v1/assemblies/{id}"] = "An assembly and its items with their rules",
        ["POST /api/v1/assemblies/{id}/open"] = "Open the assembly: freeze its roll, items and rules",
        ["POST /api/v1/assemblies/{id}/close"] = "Close the voting",
        ["GET /api/v1/assemblies/{id}/roll"] = "The roll: owners counted by Arts. 8–9 of the SPC interpretation, with units and areas",
        ["POST /api/v1/assemblies/{id}/ballots"] = "Enter one owner's ballot (one per owner; a receipt comes back)",
        ["GET /api/v1/assemblies/{id}/count"] = "The signed-off count: who counted, read out and supervised, and the result's SHA-256 (404 before it)",
        ["POST /api/v1/assemblies/{id}/count"] = "Sign off the count after the voting closed: the result is recorded with its hash",
        ["GET /api/v1/assemblies/{id}/notice.docx"] = "The result notice to print and post (Word), once published",
        ["POST /api/v1/assemblies/{id}/publish"] = "Put the signed result on public display (at least 15 days)",
        ["GET /api/v1/assemblies/{id}/pending"] = "The door-to-door list: owners still to vote, flat by flat, with the last knock",
        ["POST /api/v1/assemblies/{id}/attempts"] = "Record a knock that brought no ballot: not home, refused, unreachable",
        ["GET /api/v1/assemblies/{id}/ballots"] = "Every ballot, newest first: owner, channel, who entered and collected it, the proxy, whether scan and proxy document are attached; never the choices",
        ["POST /api/v1/assemblies/{id}/ballots/{ballotId}/scan"] = "Attach the paper ballot's scan (multipart file: PDF or photo), once",
        ["POST /api/v1/assemblies/{id}/ballots/{ballotId}/proxy-document"] = "Attach the proxy's written authorisation (委托书) to a ballot signed by a proxy, once",
        ["GET /api/v1/assemblies/{id}/ballots/{ballotId}/scan"] = "The paper ballot's scan",
        ["GET /api/v1/assemblies/{id}/ballots/{ballotId}/proxy-document"] = "The proxy's written authorisation",
        ["GET /api/v1/assemblies/mine"] = "The assemblies in which you are an owner on the frozen roll, with your ballot's receipt once you voted",
        ["POST /api/v1/assemblies/{id}/my-ballot"] = "Vote online as an owner: a choice on every item; one ballot per owner (co-owners share one)",
        ["GET /api/v1/public/assemblies/{id}/receipts/{receipt}"] = "Check a receipt (no sign-in): whether its ballot is in the count, how and when it came in; never whose or how",
        ["GET /api/v1/assemblies/compounds/{compoundId}"] = "A compound's owners' organisation: its rules for votes, founding documents with their versions, committee terms",
        ["PUT /api/v1/assemblies/compounds/{compoundId}/rules"] = "Set whether parking spaces count and whether non-voters follow the majority (only with the covenant's clause); frozen into each assembly at opening",
        ["POST /api/v1/assemblies/compounds/{compoundId}/documents"] = "Record the next version of a founding document, adopted by a counted assembly's item (or before Linli, with where the paper record is)",
        ["POST /api/v1/assemblies/compounds/{compoundId}/documents/{documentId}/file"] = "Attach the adopted text (multipart file), once",
        ["GET /api/v1/assemblies/compounds/{compoundId}/documents/{documentId}/file"] = "A founding document's adopted text",
        ["POST /api/v1/assemblies/compounds/{compoundId}/terms"] = "Record a committee term (届): number, the electing assembly, dates, members and roles",
        ["POST /api/v1/assemblies/compounds/{compoundId}/terms/{termId}/filing"] = "Record the term's filing (备案): date and authority, once",
        ["POST /api/v1/assemblies/compounds/{compoundId}/terms/{termId}/handover"] = "Record the handover from the previous term, once",
        ["GET /api/v1/assemblies/{id}/result"] = "The count: participation against two thirds, each item against its rule (Civil Code Art. 278)",
    }, new Dictionary<string, string>
    {
        ["Assemblies"] = "Owners' assemblies under Civil Code Art. 278: the frozen roll, ballots, the count",
    });
}
