using Linli.Web.Platform.Regions;
using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Modules.Assemblies;

public static class AssembliesData
{
    public static void ConfigureAssemblies(this ModelBuilder builder)
    {
        builder.Entity<OwnersAssembly>(e =>
        {
            e.ToTable("assemblies_assemblies");
            e.Property(a => a.Title).HasMaxLength(OwnersAssembly.MaxTitle);
            e.Property(a => a.Method).HasConversion<string>().HasMaxLength(20);
            e.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
            e.Property(a => a.CreatedBy).HasMaxLength(100);
            e.Property(a => a.CovenantClause).HasMaxLength(CompoundRules.MaxClause);
            e.HasOne<RegionNode>().WithMany().HasForeignKey(a => a.CommunityId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<RegionNode>().WithMany().HasForeignKey(a => a.CompoundId).OnDelete(DeleteBehavior.Restrict);
            e.HasIndex(a => new { a.CompoundId, a.OpensAt });
            e.HasIndex(a => a.CommunityId);
        });
        builder.Entity<AssemblyItem>(e =>
        {
            e.ToTable("assemblies_items");
            e.Property(i => i.Title).HasMaxLength(AssemblyItem.MaxTitle);
            e.Property(i => i.Matter).HasConversion<string>().HasMaxLength(30);
            e.Property(i => i.Rule).HasConversion<string>().HasMaxLength(20);
            e.HasOne<OwnersAssembly>().WithMany().HasForeignKey(i => i.AssemblyId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(i => new { i.AssemblyId, i.Position }).IsUnique();
        });
        builder.Entity<RollVoter>(e =>
        {
            e.ToTable("assemblies_roll_voters");
            e.Property(v => v.Label).HasMaxLength(RollVoter.MaxLabel);
            e.Property(v => v.Kind).HasConversion<string>().HasMaxLength(20);
            e.Property(v => v.ResidentIds).HasMaxLength(400);
            e.HasOne<OwnersAssembly>().WithMany().HasForeignKey(v => v.AssemblyId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(v => v.AssemblyId);
        });
        builder.Entity<RollUnit>(e =>
        {
            e.ToTable("assemblies_roll_units");
            e.HasOne<RollVoter>().WithMany().HasForeignKey(u => u.VoterId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<RegionNode>().WithMany().HasForeignKey(u => u.UnitId).OnDelete(DeleteBehavior.Restrict);
            e.HasIndex(u => u.VoterId);
            e.HasIndex(u => u.UnitId);
        });
        builder.Entity<Ballot>(e =>
        {
            e.ToTable("assemblies_ballots");
            e.Property(b => b.Channel).HasConversion<string>().HasMaxLength(20);
            e.Property(b => b.Receipt).HasMaxLength(Ballot.ReceiptLength);
            e.Property(b => b.EnteredBy).HasMaxLength(100);
            e.Property(b => b.CollectedBy).HasMaxLength(Ballot.MaxName);
            e.Property(b => b.ProxyName).HasMaxLength(Ballot.MaxName);
            e.HasOne<Platform.Files.StoredFile>().WithMany().HasForeignKey(b => b.ScanFileId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<Platform.Files.StoredFile>().WithMany().HasForeignKey(b => b.ProxyDocumentFileId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<OwnersAssembly>().WithMany().HasForeignKey(b => b.AssemblyId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<RollVoter>().WithMany().HasForeignKey(b => b.VoterId).OnDelete(DeleteBehavior.Restrict);
            // One ballot per owner per assembly, decided here under any race.
            e.HasIndex(b => new { b.AssemblyId, b.VoterId }).IsUnique();
            e.HasIndex(b => b.Receipt).IsUnique();
        });
        builder.Entity<AssemblyCount>(e =>
        {
            e.ToTable("assemblies_counts");
            e.Property(c => c.Counters).HasMaxLength(AssemblyCount.MaxNames);
            e.Property(c => c.Readers).HasMaxLength(AssemblyCount.MaxNames);
            e.Property(c => c.Supervisors).HasMaxLength(AssemblyCount.MaxNames);
            e.Property(c => c.SignedOffBy).HasMaxLength(100);
            e.Property(c => c.ResultHash).HasMaxLength(64);
            e.HasOne<OwnersAssembly>().WithMany().HasForeignKey(c => c.AssemblyId).OnDelete(DeleteBehavior.Restrict);
            // One signed count per assembly: a second sign-off loses here.
            e.HasIndex(c => c.AssemblyId).IsUnique();
        });
        builder.Entity<DoorAttempt>(e =>
        {
            e.ToTable("assemblies_door_attempts");
            e.Property(a => a.Outcome).HasConversion<string>().HasMaxLength(20);
            e.Property(a => a.Note).HasMaxLength(DoorAttempt.MaxNote);
            e.Property(a => a.By).HasMaxLength(100);
            e.HasOne<RollVoter>().WithMany().HasForeignKey(a => a.VoterId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(a => new { a.AssemblyId, a.VoterId });
        });
        builder.Entity<BallotChoice>(e =>
        {
            e.ToTable("assemblies_ballot_choices");
            e.Property(c => c.Choice).HasConversion<string>().HasMaxLength(20);
            e.HasOne<Ballot>().WithMany().HasForeignKey(c => c.BallotId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<AssemblyItem>().WithMany().HasForeignKey(c => c.ItemId).OnDelete(DeleteBehavior.Restrict);
            e.HasIndex(c => new { c.BallotId, c.ItemId }).IsUnique();
            e.HasIndex(c => c.ItemId);
        });
        builder.Entity<VotingPoint>(e =>
        {
            e.ToTable("assemblies_voting_points");
            e.Property(p => p.Place).HasMaxLength(VotingPoint.MaxPlace);
            e.Property(p => p.Hours).HasMaxLength(VotingPoint.MaxHours);
            e.HasOne<OwnersAssembly>().WithMany().HasForeignKey(p => p.AssemblyId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(p => p.AssemblyId);
        });
        builder.ConfigureGovernance();
    }

    /// <summary>A compound's rules for votes, founding documents and committee terms.</summary>
    private static void ConfigureGovernance(this ModelBuilder builder)
    {
        builder.Entity<CompoundRules>(e =>
        {
            e.ToTable("assemblies_compound_rules");
            e.Property(r => r.CovenantClause).HasMaxLength(CompoundRules.MaxClause);
            e.Property(r => r.UpdatedBy).HasMaxLength(100);
            e.HasOne<RegionNode>().WithMany().HasForeignKey(r => r.CompoundId).OnDelete(DeleteBehavior.Restrict);
            e.HasIndex(r => r.CompoundId).IsUnique();
        });
        builder.Entity<FoundingDocument>(e =>
        {
            e.ToTable("assemblies_founding_documents");
            e.Property(d => d.Kind).HasConversion<string>().HasMaxLength(30);
            e.Property(d => d.Note).HasMaxLength(FoundingDocument.MaxNote);
            e.Property(d => d.RecordedBy).HasMaxLength(100);
            e.HasOne<RegionNode>().WithMany().HasForeignKey(d => d.CompoundId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<OwnersAssembly>().WithMany().HasForeignKey(d => d.AdoptedByAssemblyId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<Platform.Files.StoredFile>().WithMany().HasForeignKey(d => d.FileId).OnDelete(DeleteBehavior.Restrict);
            // Versions numbered per compound and kind: two recordings at once make one version.
            e.HasIndex(d => new { d.CompoundId, d.Kind, d.Version }).IsUnique();
        });
        builder.Entity<CommitteeTerm>(e =>
        {
            e.ToTable("assemblies_committee_terms");
            e.Property(t => t.FiledWith).HasMaxLength(CommitteeTerm.MaxText);
            e.Property(t => t.HandoverNote).HasMaxLength(CommitteeTerm.MaxText);
            e.Property(t => t.CreatedBy).HasMaxLength(100);
            e.HasOne<RegionNode>().WithMany().HasForeignKey(t => t.CompoundId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<OwnersAssembly>().WithMany().HasForeignKey(t => t.ElectedByAssemblyId).OnDelete(DeleteBehavior.Restrict);
            e.HasIndex(t => new { t.CompoundId, t.Number }).IsUnique();
        });
        builder.Entity<CommitteeMember>(e =>
        {
            e.ToTable("assemblies_committee_members");
            e.Property(m => m.Name).HasMaxLength(CommitteeMember.MaxName);
            e.Property(m => m.Role).HasConversion<string>().HasMaxLength(20);
            e.HasOne<CommitteeTerm>().WithMany().HasForeignKey(m => m.TermId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<Residents.Resident>().WithMany().HasForeignKey(m => m.ResidentId).OnDelete(DeleteBehavior.Restrict);
            e.HasIndex(m => m.TermId);
        });
    }
}
