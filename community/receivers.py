"""What the community teams' app does when something happens elsewhere. Connected by
``CommunityConfig.ready``, which imports this module."""

from django.dispatch import receiver

from elearn.accounts.signals import units_merged

from .models import VillageSession


@receiver(units_merged, dispatch_uid="community-merge-sessions")
def on_units_merged(sender, merge, sources, target, **kwargs) -> dict[str, int]:
    """Sessions held on or after the merge date move to the merged unit; earlier ones keep the commune
    they were held in, for history (the board counts them for the new commune from the merge on).

    The teams' scopes are trainer scopes, which the learning core moves (``courses.receivers``).
    Moved sessions are recorded on the merge (``merge.moved["village_sessions"]``).
    """
    moving = VillageSession.objects.filter(administrative_unit__in=sources, held_on__gte=merge.effective_on)
    former = dict(moving.values_list("pk", "administrative_unit_id"))
    moved = moving.update(administrative_unit=target)
    merge.moved["village_sessions"] = {str(pk): unit for pk, unit in former.items()}
    merge.save(update_fields=["moved"])
    return {"village_sessions": moved}
