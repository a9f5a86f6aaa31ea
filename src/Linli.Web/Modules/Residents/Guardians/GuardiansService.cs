using Linli.Web.Platform.Api;
using Linli.Web.Platform.Audit;
using Linli.Web.Platform.Data;
using Linli.Web.Platform.Localization;
using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Modules.Residents.Guardians;

public sealed record PersonLink(int ResidentId, string Name);

/// <summary>Guardians of children in the register: a child under 18, an adult of the same community.</summary>
public sealed class GuardiansService(LinliDb db, AuditLog audit, TimeProvider clock)
{
    public const int AdultAge = 18;

    public async Task<PersonLink> AddAsync(int childId, int? guardianId, CancellationToken cancellationToken)
    {
        var today = ChinaTime.Today(clock);
        var child = await db.Set<Resident>().AsNoTracking().FirstOrDefaultAsync(r => r.Id == childId, cancellationToken) ?? throw new NotFoundException();
        if (child.AgeOn(today) >= AdultAge) throw new FieldValidationException("childId", "Guardian.NotAChild");
        var guardian = guardianId is null ? null : await db.Set<Resident>().AsNoTracking().FirstOrDefaultAsync(r => r.Id == guardianId, cancellationToken);
        if (guardian is null || guardian.CommunityId != child.CommunityId || guardian.Status != ResidentStatus.Living)
            throw new FieldValidationException("guardianId", "Guardian.NotFound");
        if (guardian.AgeOn(today) < AdultAge) throw new FieldValidationException("guardianId", "Guardian.NotAdult");
        if (await db.Set<Guardianship>().AnyAsync(g => g.ChildId == childId && g.GuardianId == guardian.Id, cancellationToken))
            throw new ConflictException("Guardian.AlreadyLinked");
        db.Set<Guardianship>().Add(new Guardianship(child, guardian, clock.GetUtcNow().UtcDateTime));
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync("resident.guardian.added", "Resident", childId.ToString(), $"guardian={guardian.Id}", cancellationToken);
        return new PersonLink(guardian.Id, guardian.Name);
    }

    public async Task RemoveAsync(int childId, int guardianId, CancellationToken cancellationToken)
    {
        if (await db.Set<Guardianship>().Where(g => g.ChildId == childId && g.GuardianId == guardianId).ExecuteDeleteAsync(cancellationToken) == 0)
            throw new NotFoundException();
        await audit.RecordAsync("resident.guardian.removed", "Resident", childId.ToString(), $"guardian={guardianId}", cancellationToken);
    }

    /// <summary>For staff, within their scope: a child of another community reads as absent.</summary>
    public async Task<IReadOnlyList<PersonLink>> GuardiansOfAsync(int childId, CancellationToken cancellationToken)
    {
        if (!await db.Set<Resident>().AnyAsync(r => r.Id == childId, cancellationToken)) throw new NotFoundException();
        return await db.Set<Guardianship>().Where(g => g.ChildId == childId)
            .Join(db.Set<Resident>(), g => g.GuardianId, r => r.Id, (g, r) => new PersonLink(r.Id, r.Name))
            .ToListAsync(cancellationToken);
    }

    /// <summary>The children a resident is guardian of; read past the staff scope because the portal asks it for the resident.</summary>
    public async Task<IReadOnlyList<PersonLink>> WardsOfAsync(int guardianId, CancellationToken cancellationToken) =>
        await db.Set<Guardianship>().Where(g => g.GuardianId == guardianId)
            .Join(db.Set<Resident>().Where(r => r.Status == ResidentStatus.Living), g => g.ChildId, r => r.Id, (g, r) => new PersonLink(r.Id, r.Name))
            .ToListAsync(cancellationToken);
}
