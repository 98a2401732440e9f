"""The evaluation board in Wagtail's admin: its criteria screens, routes and menu (declared in board.admin)."""

from wagtail import hooks

from .admin import board_menu_item, board_urls, criteria_viewset


@hooks.register("register_admin_viewset")
def register_board_criteria():
    return criteria_viewset


@hooks.register("register_admin_urls")
def register_board_urls():
    return board_urls()


@hooks.register("register_admin_menu_item")
def register_board_menu():
    return board_menu_item()
