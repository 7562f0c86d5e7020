# mb_apply_platform_bundle(<target> [DESCRIPTION <text>])
#
# What Windows and macOS read from the program itself, from the project's one version:
# - Windows: a resource with the icon (Explorer, taskbar, Start menu) and the version
#   information Explorer shows in the file's properties;
# - macOS, for a MACOSX_BUNDLE target: the bundle's Info.plist (bundle id, version, icon,
#   high-resolution capable) and its .icns, rendered from resources/icons/mailbox-browser.svg.
# Elsewhere it does nothing. Call it where the target is defined.

set(MB_PACKAGING_DIR ${CMAKE_CURRENT_LIST_DIR})

function(mb_apply_platform_bundle target)
    cmake_parse_arguments(PARSE_ARGV 1 arg "" "DESCRIPTION" "")
    if(NOT arg_DESCRIPTION)
        set(arg_DESCRIPTION "Mailbox Browser")
    endif()
    get_target_property(MB_BUNDLE_EXECUTABLE ${target} OUTPUT_NAME)
    if(NOT MB_BUNDLE_EXECUTABLE)
        set(MB_BUNDLE_EXECUTABLE ${target})
    endif()

    if(WIN32)
        set(MB_RC_ICON "${MB_PACKAGING_DIR}/windows/mailbox-browser.ico")
        # FILEVERSION takes four numbers; the project has three.
        set(MB_RC_VERSION
            "${PROJECT_VERSION_MAJOR},${PROJECT_VERSION_MINOR},${PROJECT_VERSION_PATCH},0")
        set(MB_RC_NAME ${MB_BUNDLE_EXECUTABLE})
        set(MB_RC_DESCRIPTION "${arg_DESCRIPTION}")
        set(rc ${CMAKE_CURRENT_BINARY_DIR}/${target}.rc)
        configure_file(${MB_PACKAGING_DIR}/windows/mailbox-browser.rc.in ${rc} @ONLY)
        target_sources(${target} PRIVATE ${rc})
    elseif(APPLE)
        get_target_property(is_bundle ${target} MACOSX_BUNDLE)
        if(NOT is_bundle)
            return()
        endif()
        # The app id the desktop files use, as Apple spells bundle ids: letters, digits,
        # hyphens and dots only.
        if(DEFINED MB_APP_ID)
            set(app_id ${MB_APP_ID})
        else()
            set(app_id io.github.mailbox_browser.MailboxBrowser)
        endif()
        string(REPLACE "_" "-" MB_BUNDLE_ID "${app_id}")
        if(CMAKE_OSX_DEPLOYMENT_TARGET)
            set(MB_MACOS_MINIMUM ${CMAKE_OSX_DEPLOYMENT_TARGET})
        else()
            set(MB_MACOS_MINIMUM 12.0) # the oldest macOS that Qt 6.8 runs on
        endif()
        set(MB_BUNDLE_ICON mailbox-browser.icns)
        set(plist ${CMAKE_CURRENT_BINARY_DIR}/${target}-Info.plist)
        configure_file(${MB_PACKAGING_DIR}/macos/Info.plist.in ${plist} @ONLY)
        set_target_properties(${target} PROPERTIES MACOSX_BUNDLE_INFO_PLIST ${plist})

        # The .icns is made at build time from the SVG, so it never drifts from it.
        find_program(MB_RSVG_CONVERT rsvg-convert) # Homebrew: librsvg
        find_program(MB_ICONUTIL iconutil)
        if(MB_RSVG_CONVERT AND MB_ICONUTIL)
            set(icns ${CMAKE_CURRENT_BINARY_DIR}/${MB_BUNDLE_ICON})
            set(svg ${PROJECT_SOURCE_DIR}/resources/icons/mailbox-browser.svg)
            add_custom_command(OUTPUT ${icns}
                COMMAND ${MB_PACKAGING_DIR}/macos/make-icns.sh ${svg} ${icns}
                DEPENDS ${svg} ${MB_PACKAGING_DIR}/macos/make-icns.sh
                COMMENT "Making the app bundle's icon"
                VERBATIM)
            target_sources(${target} PRIVATE ${icns})
            set_source_files_properties(${icns} PROPERTIES MACOSX_PACKAGE_LOCATION Resources)
        else()
            message(WARNING "rsvg-convert or iconutil not found: the app bundle has no icon "
                            "(brew install librsvg)")
        endif()
    endif()
endfunction()
