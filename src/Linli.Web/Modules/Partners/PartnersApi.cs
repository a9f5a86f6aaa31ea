using Linli.Web.Platform.Api;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Linli.Web.Modules.Partners;

/// <summary>/api/v1/partners: partners and their offers, contributions, needs linked to them, social organizations' accounts.</summary>
public static class PartnersApi
{
    public static void MapPartnersApi(this IEndpointRouteBuilder app)
    {
        var partners = app.MapGroup("/api/v1/partners").WithTags("Partners").RequireAuthorization(PartnersPolicies.Read);
        partners.MapGet("/", List);
        partners.MapPost("/", Register).Validate<NewPartner>().RequireAuthorization(PartnersPolicies.Manage);
        partners.MapGet("/{id:int}", Read);
        partners.MapPost("/{id:int}/offers", AddOffer).Validate<NewOffer>().RequireAuthorization(PartnersPolicies.Manage);
        partners.MapPost("/{id:int}/accounts", CreateAccount).Validate<NewPartnerAccount>().RequireAuthorization(PartnersPolicies.Manage);
        partners.MapPost("/{id:int}/contributions", Contribute).Validate<NewContribution>().RequireAuthorization(PartnersPolicies.Record);
        partners.MapPost("/{id:int}/linkages", Link).Validate<NewLinkage>().RequireAuthorization(PartnersPolicies.Record);
        partners.MapPut("/{id:int}/linkages/{linkageId:int}", CloseLink).Validate<LinkageUpdate>().RequireAuthorization(PartnersPolicies.Record);
    }

    private static async Task<Ok<IReadOnlyList<PartnerLine>>> List(PartnerKind? kind, string? area, PartnersService partners, CancellationToken cancellationToken) =>
        TypedResults.Ok(await partners.ListAsync(kind, area, cancellationToken));

    private static async Task<Created<PartnerCreated>> Register(NewPartner request, PartnersService partners, CancellationToken cancellationToken)
    {
        var id = await partners.RegisterAsync(request, cancellationToken);
        return TypedResults.Created($"/api/v1/partners/{id}", new PartnerCreated(id));
    }

    private static async Task<Ok<PartnerDetail>> Read(int id, PartnersService partners, CancellationToken cancellationToken) =>
        TypedResults.Ok(await partners.ReadAsync(id, cancellationToken));

    private static async Task<Created<PartnerCreated>> AddOffer(int id, NewOffer request, PartnersService partners, CancellationToken cancellationToken) =>
        TypedResults.Created($"/api/v1/partners/{id}", new PartnerCreated(await partners.AddOfferAsync(id, request, cancellationToken)));

    private static async Task<Created<PartnerAccountCreated>> CreateAccount(int id, NewPartnerAccount request, PartnersService partners, CancellationToken cancellationToken) =>
        TypedResults.Created($"/api/v1/partners/{id}", await partners.CreateAccountAsync(id, request, cancellationToken));

    private static async Task<Created<ContributionCreated>> Contribute(int id, NewContribution request, ContributionsService contributions, CancellationToken cancellationToken) =>
        TypedResults.Created($"/api/v1/partners/{id}", await contributions.RecordAsync(id, request, cancellationToken));

    private static async Task<Created<PartnerCreated>> Link(int id, NewLinkage request, ContributionsService contributions, CancellationToken cancellationToken) =>
        TypedResults.Created($"/api/v1/partners/{id}", new PartnerCreated(await contributions.LinkAsync(id, request, cancellationToken)));

    private static async Task<Ok<LinkageView>> CloseLink(int id, int linkageId, LinkageUpdate request, ContributionsService contributions, CancellationToken cancellationToken) =>
        TypedResults.Ok(await contributions.CloseLinkAsync(id, linkageId, request, cancellationToken));
}

/// <summary>The OpenAPI summaries of the partners module (<see cref="ApiSummaries"/>).</summary>
public static class PartnersApiSummaries
{
    public static readonly ApiSummaries Table = new(new Dictionary<string, string>
    {
        ["GET /api/v1/partners"] = "Partners registered in your region and above it (of one kind; working in one area), with their offers and what they gave",
        ["POST /api/v1/partners"] = "Register a partner for a district, street or community: kind, unified social credit code (checked, GB 32100), contact, agreement, conditions",
        ["GET /api/v1/partners/{id}"] = "A partner: contact (phone masked), offers, contributions in your communities, linked needs, its accounts",
        ["POST /api/v1/partners/{id}/offers"] = "What the partner offers: a venue, money, goods, service sessions, volunteers, training, publicity — with conditions",
        ["POST /api/v1/partners/{id}/accounts"] = "An account for a social organization's staff: it applies for grants and reports on its projects, and sees nothing else",
        ["POST /api/v1/partners/{id}/contributions"] = "What the partner gave a community, valued by a stated rule, linked to the activity or grant project it served",
        ["POST /api/v1/partners/{id}/linkages"] = "Link a need of the community's needs list to the partner (资源链接)",
        ["PUT /api/v1/partners/{id}/linkages/{linkageId}"] = "What came of a linkage: delivered or declined, with feedback",
    }, new Dictionary<string, string>
    {
        ["Partners"] = "Partners and resources (共建单位): offers, contributions valued by a stated rule, needs linked to partners, social organizations' accounts",
    });
}
