"""Helpers of the community tests: a session recorded through the services."""

import datetime
import uuid

from community import services


def session_with(team, *, member=None, unit=None, residents=(), guests=(), held_on=None):
    member = member or team.MA
    session = services.session_record(
        member=member,
        token=uuid.uuid4(),
        held_on=held_on or datetime.date.today(),
        place="Nhà văn hóa thôn 3",
        administrative_unit=unit or team.A,
        course=team.course,
        lessons=team.lessons,
        led_by=member,
    ).session
    if residents:
        services.attendance_record(member=member, session=session, residents=list(residents))
    for name, phone in guests:
        services.attendance_record_guest(member=member, session=session, full_name=name, phone=phone)
    return session
